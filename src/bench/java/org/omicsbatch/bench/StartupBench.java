package org.omicsbatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measurement 6: cold start of the packaged app to its first window. Needs the installer's app image
 * ({@code mvn -Pinstaller package} → target/installer/image/&lt;app&gt;/bin/&lt;launcher&gt;) whose
 * {@code --self-test} prints "main window shown N ms after process start"; a display (or xvfb-run)
 * for its real windowing toolkit. Without either it records why it was skipped. Measured twice: as the
 * image is built (no class-data archive), then with the AppCDS archive the .deb's post-install makes
 * from the shipped class list (the image's own {@code lib/appcds-archive.sh}); the image is left as found.
 */
public final class StartupBench {
    private static final Pattern SHOWN = Pattern.compile("main window shown (\\d+) ms after process start");

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        Optional<Path> launcher = launcher(Path.of(System.getProperty("bench.image", "target/installer/image")));
        if (launcher.isEmpty()) {
            Results.skipped("startup", "cold start to the first window", "no installer image in target/installer/image"
                    + " (build it first with mvn -B -Pinstaller package)");
            return;
        }
        List<String> command = new ArrayList<>();
        if (System.getenv("DISPLAY") == null) {
            if (!onPath("xvfb-run")) {
                Results.skipped("startup", "cold start to the first window", "no display and no xvfb-run to provide one");
                return;
            }
            command.add("xvfb-run");
            command.add("-a");
        }
        command.add(launcher.get().toString());
        command.add("--self-test");
        Path app = launcher.get().getParent().getParent();
        Path archive = app.resolve("lib/app/omics-batch.jsa");
        Path saved = archive.resolveSibling("omics-batch.jsa.bench-saved");
        boolean hadArchive = Files.exists(archive);
        if (hadArchive) {
            Files.move(archive, saved, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            if (!measure(command, "without the AppCDS archive (as the app image is built)")) {
                return;
            }
            String made = makeArchive(app);
            if (made != null) {
                Results.skipped("startup", "cold start to the first window, with the AppCDS archive", made);
                return;
            }
            measure(command, "with the AppCDS archive, made as the .deb's post-install makes it");
        } finally {
            Files.deleteIfExists(archive); // the image is left as it was found
            if (hadArchive) {
                Files.move(saved, archive, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Starts the app {@code bench.reps} times after one unmeasured start; false when it could not be measured. */
    private static boolean measure(List<String> command, String note) throws IOException, InterruptedException {
        int reps = Results.intProperty("bench.reps", 5);
        Samples s = new Samples();
        for (int i = 0; i < reps + 1; i++) {
            double load = Machine.load1();
            OptionalMs shown = selfTest(command);
            if (shown.error != null) {
                Results.skipped("startup", "cold start to the first window, " + note, shown.error);
                return false;
            }
            if (i > 0) { // the first start fills the OS file cache; "cold" here means a new process, not a cold disk
                s.add(shown.ms, Double.NaN, load);
            }
        }
        var o = Results.start("startup", "cold start to the first window");
        o.put("launcher", Path.of(command.get(command.size() - 2)).getFileName().toString()).put("targetMs", 1500)
                .put("note", note);
        Results.put(o, s);
        Results.write(o);
        return true;
    }

    /**
     * Runs the image's own {@code lib/appcds-archive.sh}, the script the .deb's postinst runs at
     * install (Java 17 ties the archive to the jars' absolute paths, so it is made where they sit).
     * Returns why it failed, or null.
     */
    private static String makeArchive(Path app) throws IOException, InterruptedException {
        Path script = app.resolve("lib/appcds-archive.sh");
        if (!Files.isRegularFile(script)) {
            return "the image has no lib/appcds-archive.sh (built without the class list step)";
        }
        Process p = new ProcessBuilder("sh", script.toString(), app.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = p.waitFor();
        System.err.println(output);
        if (code != 0 || !Files.isRegularFile(app.resolve("lib/app/omics-batch.jsa"))) {
            return "appcds-archive.sh made no archive (exit " + code + "): " + output;
        }
        return null;
    }

    private record OptionalMs(double ms, String error) {
    }

    private static OptionalMs selfTest(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        Double ms = null;
        StringBuilder tail = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Matcher m = SHOWN.matcher(line);
                if (m.find()) {
                    ms = Double.parseDouble(m.group(1));
                }
                tail.append(line).append('\n');
            }
        }
        int code = p.waitFor();
        if (ms == null) {
            return new OptionalMs(Double.NaN, "--self-test printed no timing line (exit " + code + "): "
                    + tail.toString().lines().reduce((a, b) -> b).orElse(""));
        }
        return new OptionalMs(ms, null);
    }

    /** jpackage names the app's own launcher after the app (bin/NAME); other launchers (the CLI) sit beside it. */
    private static Optional<Path> launcher(Path images) throws IOException {
        if (!Files.isDirectory(images)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(images)) {
            return s.map(app -> app.resolve("bin").resolve(app.getFileName().toString())).filter(Files::isExecutable)
                    .findFirst();
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
