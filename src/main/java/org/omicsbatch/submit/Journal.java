package org.omicsbatch.submit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omicsbatch.drafts.AppHome;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.StartRunBatchRequest;

/**
 * One JSON file per submission in the app-data folder. Every write goes to a temporary file that is
 * then moved over the old one ({@link DraftFiles#writeAtomically}), so a crash leaves either the old or the new entry, never half of one;
 * files and folder are readable by their owner only (they name buckets and roles).
 */
public final class Journal {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** Pretty JSON that leaves the stream open: the atomic writer still flushes and forces it. */
    static final ObjectWriter WRITER = Json.mapper().writerWithDefaultPrettyPrinter()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, String>> STRING_MAP =
            new com.fasterxml.jackson.core.type.TypeReference<>() { };

    private final Path folder;

    public Journal(Path folder) {
        this.folder = folder;
    }

    /** The journal in the user's app-data folder. */
    public static Journal open() {
        return new Journal(AppHome.resolve().resolve("journal"));
    }

    public Path folder() {
        return folder;
    }

    public synchronized void save(Submission submission) {
        write(fileOf(submission.submissionId()), out -> WRITER.writeValue(out, submission));
    }

    /** Keeps the rendered request beside the entry, so a retry re-sends exactly what was journaled. */
    public Path saveRequest(String submissionId, StartRunBatchRequest request) {
        Path file = folder.resolve(submissionId + ".request.json");
        write(file, out -> WRITER.writeValue(out, request));
        return file;
    }

    public StartRunBatchRequest readRequest(Submission submission) {
        try {
            return Json.mapper().readValue(Path.of(submission.requestFile()).toFile(), StartRunBatchRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journaled request " + submission.requestFile(), e);
        }
    }

    /**
     * Keeps the runs' own {@code outputUri}s (runSettingId → outputUri, only the runs that set one)
     * beside the entry, for a batch whose runs travelled in a settings file: the monitor then knows
     * where each run writes even after the draft has been edited.
     */
    public void saveOutputUris(String submissionId, Map<String, String> runOutputUris) {
        write(outputsFile(submissionId), out -> WRITER.writeValue(out, runOutputUris));
    }

    /**
     * The runs' own {@code outputUri}s as this submission sent them (runs absent from the map use the
     * batch default), or empty when they are no longer known: from the journaled request when the runs
     * travelled inline, else from what {@link #saveOutputUris} kept, else from the draft if it is still
     * the file that was submitted.
     */
    public Optional<Map<String, String>> runOutputUris(Submission s) {
        try {
            if (s.requestFile() != null && Files.isRegularFile(Path.of(s.requestFile()))) {
                StartRunBatchRequest request = readRequest(s);
                if (request.batchRunSettings() != null && request.batchRunSettings().inlineSettings() != null) {
                    return Optional.of(OutputLocations.overrides(request.batchRunSettings().inlineSettings()));
                }
            }
            Path kept = outputsFile(s.submissionId());
            if (Files.isRegularFile(kept)) {
                return Optional.of(Json.mapper().readValue(kept.toFile(), STRING_MAP));
            }
            return OutputLocations.fromDraft(s);
        } catch (IOException | UncheckedIOException | IllegalArgumentException unreadable) {
            return Optional.empty(); // the monitor then says the locations are only expected
        }
    }

    private Path outputsFile(String submissionId) {
        return fileOf(submissionId).resolveSibling(submissionId + ".outputs.json");
    }

    public Optional<Submission> load(String submissionId) {
        Path file = fileOf(submissionId);
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** Every submission, oldest first. Unreadable entries are skipped (and kept on disk for a person to look at). */
    public List<Submission> list() {
        List<Submission> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.submission.json")) {
            for (Path p : entries) {
                try {
                    out.add(read(p));
                } catch (UncheckedIOException unreadable) {
                    // A damaged entry must not hide the others.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the journal in " + folder, e);
        }
        out.sort(Comparator.comparing(Submission::createdAt));
        return out;
    }

    public Optional<Submission> findByBatchId(String batchId) {
        return list().stream().filter(s -> batchId.equals(s.batchId())).reduce((a, b) -> b);
    }

    /** Submissions a crash interrupted: they may or may not have a batch yet. */
    public List<Submission> unfinished() {
        return list().stream().filter(s -> s.step().isOpen()).toList();
    }

    private Path fileOf(String submissionId) {
        if (!submissionId.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("not a submission id: " + submissionId);
        }
        return folder.resolve(submissionId + ".submission.json");
    }

    private static Submission read(Path file) {
        try {
            return Json.mapper().readValue(file.toFile(), Submission.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journal entry " + file, e);
        }
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private void write(Path target, Body body) {
        try {
            ensureFolder();
            DraftFiles.writeAtomically(target, body::writeTo);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal entry " + target + ": " + e.getMessage(), e);
        }
    }

    private void ensureFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            ownerOnly(folder);
        }
    }

    private static void ownerOnly(Path folder) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
