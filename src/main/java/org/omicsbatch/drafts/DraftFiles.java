package org.omicsbatch.drafts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.Json;

/**
 * Draft files: the AWS CLI's {@code --cli-input-json} shape of {@code start-run-batch}, so an existing
 * CLI input file opens unchanged and a read → write keeps every member, unknown ones included.
 *
 * <p>Reading is strict where Jackson is lenient by default: {@code "5"} or {@code 1.5} for an integer
 * and {@code 5} for text are refused, because the AWS CLI refuses them too and silently changing a
 * user's value is worse than saying so.
 */
public final class DraftFiles {
    private static final ObjectMapper STRICT = strictMapper();
    private static final ObjectReader READER = STRICT.readerFor(BatchDraft.class)
            .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private DraftFiles() {
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper m = Json.mapper().copy();
        m.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
    }

    /** Reads a draft; every failure is a {@link DraftFileException} naming file, line, column and member. */
    public static BatchDraft read(Path file) throws DraftFileException {
        return parse(file, in -> {
            try {
                return READER.readValue(in);
            } catch (MismatchedInputException e) {
                throw e.getPath().isEmpty() ? wholeFile(file, e) : JsonErrors.describe(file, e);
            }
        });
    }

    /**
     * Reads any JSON file (a saved GetWorkflow reply, for instance) with the same located errors as a
     * draft: {@code workflow.json:3:7: ...}.
     */
    public static JsonNode readJson(Path file) throws DraftFileException {
        return parse(file, in -> {
            JsonNode node = Json.mapper().readTree(in);
            if (node == null || node.isMissingNode()) {
                throw DraftFileException.ofFile(file, "the file is empty");
            }
            return node;
        });
    }

    private interface Parser<T> {
        T parse(InputStream in) throws IOException, DraftFileException;
    }

    /** One place that turns every way a read can fail into a located, plain message. */
    private static <T> T parse(Path file, Parser<T> parser) throws DraftFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return parser.parse(in);
        } catch (JsonProcessingException e) {
            throw JsonErrors.describe(file, e);
        } catch (NoSuchFileException e) {
            throw DraftFileException.ofFile(file, "file not found");
        } catch (AccessDeniedException e) {
            throw DraftFileException.ofFile(file, "permission denied");
        } catch (IOException e) {
            throw DraftFileException.ofFile(file, "cannot read: " + e.getMessage());
        }
    }

    private static DraftFileException wholeFile(Path file, MismatchedInputException e) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("No content")) {
            return DraftFileException.ofFile(file, "the file is empty: a draft is a JSON object { ... }");
        }
        DraftFileException described = JsonErrors.describe(file, e);
        return new DraftFileException(file, described.line(), described.column(), null,
                "a draft must be a JSON object { ... } (the AWS CLI input of start-run-batch)");
    }

    /** Writes a draft atomically: readers see the old file or the new one, never half of one. */
    public static void write(Path file, BatchDraft draft) throws IOException {
        JsonFiles.write(file, draft);
    }

    /** What to write into the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a temporary file in the same folder (owner-only where the file system is POSIX), forces it
     * to disk, then moves it over {@code file} in one step. On failure the temporary file is removed
     * and {@code file} is left as it was.
     */
    public static void writeAtomically(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = createTemp(folder, target.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static Path createTemp(Path folder, String name) throws IOException {
        String prefix = "." + name + ".";
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(folder, prefix, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(folder, prefix, ".tmp");
    }
}
