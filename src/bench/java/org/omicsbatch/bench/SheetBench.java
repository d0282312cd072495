package org.omicsbatch.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measurement 1: sheet → runs → validated → settings file, ours (in-process) against the floor
 * (Jackson CSV → JSON) and against the script a user would write (a whole python3 process).
 * Properties: {@code bench.sheets} ("1000x40,10000x24,100000x12": rows x columns), {@code bench.work}
 * (scratch folder), {@code bench.script} (the python script), {@code bench.warmups}/{@code bench.reps}
 * (default: more repetitions for smaller sheets).
 */
public final class SheetBench {
    private SheetBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(System.getProperty("bench.work", "target/bench/work")));
        Path script = Path.of(System.getProperty("bench.script", "bench/sheet_to_json.py"));
        String python = System.getProperty("bench.python", "python3");
        boolean havePython = pythonWorks(python);
        for (String spec : System.getProperty("bench.sheets", "1000x40,10000x24,100000x12").split(",")) {
            String[] rc = spec.trim().split("x");
            int rows = Integer.parseInt(rc[0]);
            int columns = Integer.parseInt(rc[1]);
            measure(work, rows, columns, havePython ? List.of(python, script.toString()) : null);
        }
    }

    private static void measure(Path work, int rows, int columns, List<String> scriptCommand) throws Exception {
        String name = rows + " rows x " + columns + " columns";
        System.err.println("sheet: " + name);
        Path sheet = SheetGenerator.write(work.resolve("sheet-" + rows + "x" + columns + ".csv"), rows, columns, 42);
        List<String> header = SheetGenerator.header(columns);
        SheetPipeline ours = new SheetPipeline(header);
        Path oursOut = work.resolve("ours-" + rows + ".json");
        Path floorOut = work.resolve("floor-" + rows + ".json");
        Path scriptOut = work.resolve("script-" + rows + ".json");
        SheetPipeline.Outcome check = ours.run(sheet, oursOut);
        if (check.runs() != rows || check.errors() > 0 || check.sheetErrors() > 0) {
            ours.firstProblems(sheet, 5).forEach(System.err::println);
            throw new IllegalStateException(name + ": expected " + rows + " clean runs, got " + check);
        }
        List<Harness.Contender> contenders = new ArrayList<>();
        contenders.add(contender("ours", false, () -> ours.run(sheet, oursOut)));
        contenders.add(contender("floor", false, () -> Floor.run(sheet, floorOut)));
        if (scriptCommand != null) {
            List<String> cmd = new ArrayList<>(scriptCommand);
            cmd.add(sheet.toString());
            cmd.add(scriptOut.toString());
            contenders.add(contender("script", true, () -> runProcess(cmd)));
        }
        int warmups = Results.intProperty("bench.warmups", rows <= 1000 ? 3 : rows <= 10_000 ? 2 : 1);
        int reps = Results.intProperty("bench.reps", rows <= 1000 ? 7 : rows <= 10_000 ? 5 : 3);
        ObjectNode o = Results.start("sheet", name);
        Map<String, Samples> s = Harness.measure(contenders, warmups, reps);
        o.put("rows", rows).put("columns", columns).put("sheetBytes", Files.size(sheet)).put("warmups", warmups)
                .put("settingsFileBytes", check.bytes()).put("problems", check.problems());
        for (Map.Entry<String, Samples> e : s.entrySet()) {
            ObjectNode part = o.putObject(e.getKey());
            Results.put(part, e.getValue());
        }
        if (scriptCommand == null) {
            o.put("scriptSkipped", "python3 is not available");
        }
        Results.write(o);
        for (Path p : List.of(sheet, oursOut, floorOut, scriptOut, work.resolve("ours-" + rows + ".json.request.json"))) {
            Files.deleteIfExists(p);
        }
    }

    private static Harness.Contender contender(String name, boolean child, Work work) {
        return new Harness.Contender() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean childProcess() {
                return child;
            }

            @Override
            public void run() throws Exception {
                work.run();
            }
        };
    }

    interface Work {
        void run() throws Exception;
    }

    static void runProcess(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        int code = p.waitFor();
        if (code != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + code);
        }
    }

    private static boolean pythonWorks(String python) {
        try {
            runProcess(List.of(python, "-c", "import csv, json"));
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
