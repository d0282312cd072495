package org.omicsbatch.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.task.Progress;

/**
 * Renders a draft to its files: {@value RequestRenderer#SETTINGS_FILE_NAME} when the runs go to a
 * settings file, {@value PreviewTable#FILE_NAME}, {@value UploadScript#FILE_NAME} when runs have local
 * ({@code file:}) parameter values, and {@value RequestRenderer#REQUEST_FILE_NAME} last, so
 * that a request never exists without the files it names. Where and how files are written (atomically,
 * in a folder) is the caller's {@link Target}.
 */
public final class RenderedFiles {

    /** Writes one named file. */
    @FunctionalInterface
    public interface Target {
        void write(String fileName, Content content) throws IOException;
    }

    /** The bytes of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The request written, the names of the files in the order they were written, and the local files
     * the request names by the s3:// URIs they must be uploaded to first.
     */
    public record Result(StartRunBatchRequest request, List<String> fileNames, List<LocalFileUploadPlan.Upload> uploads) {
        public boolean usesSettingsFile() {
            return fileNames.contains(RequestRenderer.SETTINGS_FILE_NAME);
        }
    }

    private RenderedFiles() {
    }

    /** {@link #write(BatchDraft, Path, SettingsFileMode, String, Target, Progress)} for a draft with no folder. */
    public static Result write(BatchDraft draft, SettingsFileMode mode, String settingsUri, Target target,
            Progress progress) throws IOException {
        return write(draft, null, mode, settingsUri, target, progress);
    }

    /**
     * @param draftFolder what relative {@code file:} values are relative to (null: the working directory)
     * @param settingsUri the s3:// prefix the settings file and local files will be uploaded under; needed
     *                    only when {@link RequestRenderer#usesSettingsFile} is true or runs have local files
     * @throws IllegalArgumentException when a settings file is needed and {@code settingsUri} is missing or not s3://
     * @throws LocalFileUploadPlan.Refused when a local file is missing, or local files have no upload location;
     *                    nothing is written then
     */
    public static Result write(BatchDraft original, Path draftFolder, SettingsFileMode mode, String settingsUri,
            Target target, Progress progress) throws IOException {
        LocalFileUploadPlan uploads = LocalFileUploadPlan.of(original, draftFolder, settingsUri, progress);
        BatchDraft draft = uploads.draft();
        List<String> written = new ArrayList<>();
        boolean file = RequestRenderer.usesSettingsFile(draft, mode);
        String objectUri = null;
        if (file) {
            if (settingsUri == null) {
                throw new IllegalArgumentException(draft.runs().size() + " runs go to a settings file"
                        + (draft.runs().size() > ServiceLimits.INLINE_MAX ? " (more than 100)" : "")
                        + ": give the s3:// prefix to upload it to (--settings-uri s3://bucket/prefix/)");
            }
            objectUri = RequestRenderer.settingsObjectUri(settingsUri);
            target.write(RequestRenderer.SETTINGS_FILE_NAME, out -> RequestRenderer.writeSettingsFile(draft, out, progress));
            written.add(RequestRenderer.SETTINGS_FILE_NAME);
        }
        target.write(PreviewTable.FILE_NAME, out -> {
            Writer w = new OutputStreamWriter(new NonClosingStream(out), StandardCharsets.UTF_8);
            PreviewTable.write(draft, w, progress);
            w.flush();
        });
        written.add(PreviewTable.FILE_NAME);
        if (!uploads.uploads().isEmpty()) {
            target.write(UploadScript.FILE_NAME, out -> {
                Writer w = new OutputStreamWriter(new NonClosingStream(out), StandardCharsets.UTF_8);
                UploadScript.write(uploads.uploads(), w);
                w.flush();
            });
            written.add(UploadScript.FILE_NAME);
        }
        StartRunBatchRequest request = RequestRenderer.request(draft, mode, objectUri);
        target.write(RequestRenderer.REQUEST_FILE_NAME, out -> RequestRenderer.writeRequest(request, out));
        written.add(RequestRenderer.REQUEST_FILE_NAME);
        return new Result(request, List.copyOf(written), uploads.uploads());
    }
}
