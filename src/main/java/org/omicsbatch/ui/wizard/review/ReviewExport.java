package org.omicsbatch.ui.wizard.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.plan.RenderedFiles;
import org.omicsbatch.plan.RequestRenderer;
import org.omicsbatch.plan.SettingsFileMode;
import org.omicsbatch.plan.UploadScript;
import org.omicsbatch.task.Progress;

/**
 * "Export for AWS CLI": the same files as {@code omics-batch render} (the plan's {@link RenderedFiles}),
 * each written atomically into the chosen folder, so a cancelled or failed export never leaves half a file.
 */
final class ReviewExport {
    private ReviewExport() {
    }

    /**
     * Writes the files; the caller has checked there are no errors.
     *
     * @param draftFolder the saved draft's folder, what relative {@code file:} values are relative to (null: none)
     */
    static RenderedFiles.Result write(BatchDraft draft, Path draftFolder, Path folder, Progress progress)
            throws IOException {
        Files.createDirectories(folder);
        return RenderedFiles.write(draft, draftFolder, SettingsFileMode.parse(draft.appOrEmpty().settingsFile()),
                draft.appOrEmpty().settingsUri(),
                (name, content) -> DraftFiles.writeAtomically(folder.resolve(name), content::writeTo), progress);
    }

    /** What was written and what to type next, for the status line. */
    static String nextSteps(Path folder, RenderedFiles.Result result) {
        StringBuilder s = new StringBuilder("Wrote ").append(String.join(", ", result.fileNames())).append(" to ")
                .append(folder).append(". ");
        if (!result.uploads().isEmpty()) {
            s.append("Upload the ").append(result.uploads().size()).append(" local files with sh ")
                    .append(UploadScript.FILE_NAME).append(". ");
        }
        if (result.usesSettingsFile()) {
            s.append("Upload ").append(RequestRenderer.SETTINGS_FILE_NAME).append(" to ")
                    .append(result.request().batchRunSettings().s3UriSettings()).append(", then run ");
        } else {
            s.append("Run ");
        }
        return s.append("aws omics start-run-batch --cli-input-json file://").append(RequestRenderer.REQUEST_FILE_NAME)
                .toString();
    }
}
