package org.omicsbatch.ui.wizard.review;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.plan.RequestRenderer;
import org.omicsbatch.plan.SettingsFileMode;
import org.omicsbatch.task.Progress;

/**
 * "Export for AWS CLI": the request ({@value RequestRenderer#REQUEST_FILE_NAME}) and, when the runs
 * travel in a settings file, that file ({@value RequestRenderer#SETTINGS_FILE_NAME}), written to a
 * folder through the plan's renderer. Each file is written to a temporary name and moved, so a
 * cancelled or failed export never leaves half a file.
 */
final class ReviewExport {
    private ReviewExport() {
    }

    /** Writes the files and returns them; the caller has checked there are no errors. */
    static List<Path> write(BatchDraft draft, Path folder, Progress progress) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        SettingsFileMode mode = SettingsFileMode.parse(draft.appOrEmpty().settingsFile());
        boolean file = RequestRenderer.usesSettingsFile(draft, mode);
        if (file) {
            written.add(atomically(folder.resolve(RequestRenderer.SETTINGS_FILE_NAME),
                    out -> RequestRenderer.writeSettingsFile(draft, out, progress)));
        }
        String uri = file ? RequestRenderer.settingsObjectUri(draft.appOrEmpty().settingsUri()) : null;
        written.add(0, atomically(folder.resolve(RequestRenderer.REQUEST_FILE_NAME),
                out -> RequestRenderer.writeRequest(RequestRenderer.request(draft, mode, uri), out)));
        return written;
    }

    /** What to type next, for the status line. */
    static String nextSteps(BatchDraft draft, List<Path> written) {
        StringBuilder s = new StringBuilder("Wrote ");
        written.forEach(p -> s.append(p.getFileName()).append(' '));
        s.append("to ").append(written.get(0).getParent()).append(". ");
        if (written.size() > 1) {
            s.append("Upload ").append(RequestRenderer.SETTINGS_FILE_NAME).append(" to ")
                    .append(RequestRenderer.settingsObjectUri(draft.appOrEmpty().settingsUri())).append(", then run ");
        } else {
            s.append("Run ");
        }
        return s.append("aws omics start-run-batch --cli-input-json file://").append(RequestRenderer.REQUEST_FILE_NAME)
                .toString();
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static Path atomically(Path target, Writer writer) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
