package org.omicsbatch.samplesheet;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.plan.DraftValidator;
import org.omicsbatch.plan.RequestRenderer;
import org.omicsbatch.task.Progress;

/**
 * Run in a JVM with a small heap by {@link BigSheetMemoryTest}: imports a sheet and renders the
 * settings file of the resulting draft, printing what it made and the heap it used.
 */
public final class BigSheetMain {
    private BigSheetMain() {
    }

    public static void main(String[] args) throws Exception {
        SheetImport r = SheetImporter.importSheet(Path.of(args[0]), ImportOptions.defaults(), Progress.NONE);
        BatchDraft draft = BatchDraft.empty().withRuns(r.runs());
        int problems = DraftValidator.validate(draft, null).size(); // every run checked, as before a render
        Path settings = Path.of(args[1]);
        try (OutputStream out = Files.newOutputStream(settings)) {
            RequestRenderer.writeSettingsFile(draft, out, Progress.NONE);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.println("runs=" + r.runs().size() + " errors=" + r.errorCount() + " validationProblems=" + problems
                + " settingsBytes=" + Files.size(settings)
                + " usedMiB=" + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024) + " maxMiB=" + rt.maxMemory() / (1024 * 1024));
    }
}
