package org.omicsbatch.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.task.Progress;

/**
 * Where each local file of a draft ({@code file:} parameter values) will be uploaded, known offline:
 * keys are content-addressed ({@link UploadKeys}), so hashing the file gives the very URI the
 * submission would use. A render writes these URIs into the request and an upload script beside it.
 *
 * @param uploads each distinct file once, in order of first use
 * @param draft   the draft with every {@code file:} value replaced by its s3:// URI
 */
public record LocalFileUploadPlan(List<Upload> uploads, BatchDraft draft) {

    /** One local file and the object it becomes. */
    public record Upload(Path file, String sha256, String uri) {
    }

    /** A local file that cannot be planned (missing, not a path, no upload location): the message says which and why. */
    public static final class Refused extends IllegalArgumentException {
        public Refused(String message) {
            super(message);
        }
    }

    public LocalFileUploadPlan {
        uploads = List.copyOf(uploads);
    }

    /** True when the draft has any {@code file:} value, so an upload location is needed. */
    public static boolean hasLocalFiles(BatchDraft draft) {
        boolean[] any = {false};
        LocalFileValues.forEach(draft, (where, value) -> any[0] = true);
        return any[0];
    }

    /**
     * @param draftFolder    what relative {@code file:} paths are relative to (null: the working directory)
     * @param uploadLocation the draft's settingsUri, {@code s3://bucket/prefix/}; may be null when there are no local files
     * @throws Refused when a file is missing or not a path here, or local files have no s3:// upload location
     */
    public static LocalFileUploadPlan of(BatchDraft draft, Path draftFolder, String uploadLocation, Progress progress)
            throws IOException {
        Map<String, Path> fileByValue = new LinkedHashMap<>();
        LocalFileValues.forEach(draft, (where, value) -> fileByValue.computeIfAbsent(value,
                v -> existingFile(where, v, draftFolder)));
        if (fileByValue.isEmpty()) {
            return new LocalFileUploadPlan(List.of(), draft);
        }
        if (!UploadKeys.isUploadLocation(uploadLocation)) {
            throw new Refused(fileByValue.size() + " local files (file: parameter values) need an s3:// upload location"
                    + (uploadLocation == null || uploadLocation.isBlank() ? "" : ", not \"" + uploadLocation + "\""));
        }
        Map<Path, Upload> byFile = new LinkedHashMap<>();
        for (Path file : fileByValue.values()) {
            if (!byFile.containsKey(file)) {
                progress.update(byFile.size(), fileByValue.size(), "hashing " + file.getFileName());
                String sha256 = UploadKeys.sha256(file, progress);
                byFile.put(file, new Upload(file, sha256,
                        UploadKeys.localFileUri(uploadLocation, sha256, file.getFileName().toString())));
            }
        }
        BatchDraft replaced = LocalFileValues.replace(draft, value -> byFile.get(fileByValue.get(value)).uri());
        return new LocalFileUploadPlan(new ArrayList<>(byFile.values()), replaced);
    }

    private static Path existingFile(String where, String value, Path draftFolder) {
        Path file;
        try {
            file = LocalFiles.resolve(value, draftFolder);
        } catch (InvalidPathException e) {
            throw new Refused(where + ": " + StringRule.quote(value) + " is not a file path on this computer");
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused(where + ": local file not found: " + file);
        }
        return file;
    }
}
