package org.omicsbatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * for its real windowing toolkit. Without either it records why it was skipped.
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
        int reps = Results.intProperty("bench.reps", 5);
        Samples s = new Samples();
        for (int i = 0; i < reps + 1; i++) {
            double load = Machine.load1();
            OptionalMs shown = selfTest(command);
            if (shown.error != null) {
                Results.skipped("startup", "cold start to the first window", shown.error);
                return;
            }
            if (i > 0) { // the first start fills the OS file cache; "cold" here means a new process, not a cold disk
                s.add(shown.ms, Double.NaN, load);
            }
        }
        var o = Results.start("startup", "cold start to the first window");
        o.put("launcher", launcher.get().getFileName().toString()).put("targetMs", 1500);
        Results.put(o, s);
        Results.write(o);
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
