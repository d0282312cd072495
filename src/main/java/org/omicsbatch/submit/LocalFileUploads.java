package org.omicsbatch.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.omicsbatch.aws.S3Files;
import org.omicsbatch.aws.S3Location;
import org.omicsbatch.aws.UploadedFile;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.plan.LocalFiles;
import org.omicsbatch.task.Progress;

/**
 * Parameter values {@code file:<path>} (e.g. one sample sheet per run made by grouping): each distinct
 * file is uploaded once, content-addressed, and its s3:// URI put where the value was.
 */
final class LocalFileUploads {
    private LocalFileUploads() {
    }

    static Set<Path> find(BatchDraft draft, Path draftFolder) {
        Set<Path> files = new LinkedHashSet<>();
        Consumer<JsonNode> collect = v -> files.add(LocalFiles.resolve(v.textValue(), draftFolder));
        if (draft.defaultRunSetting() != null) {
            visit(draft.defaultRunSetting().parameters(), collect);
        }
        draft.runs().forEach(r -> visit(r.parameters(), collect));
        return files;
    }

    /**
     * Uploads the files and returns them by local path; {@code journalEvery} is told after each upload
     * so a crash loses at most the upload in flight.
     */
    static Map<String, UploadedFile> upload(Set<Path> files, S3Location prefix, S3Files s3,
            Consumer<Map<String, UploadedFile>> journalEvery, Progress progress) {
        Map<String, UploadedFile> done = new LinkedHashMap<>();
        int i = 0;
        for (Path file : files) {
            progress.checkCancelled();
            progress.update(i++, files.size(), "uploading " + file.getFileName());
            if (!Files.isRegularFile(file)) {
                throw new SubmissionRefused("The parameter file " + file + " does not exist; fix the file: value.");
            }
            done.put(file.toString(), s3.upload(file, prefix, file.getFileName().toString(), Progress.NONE));
            journalEvery.accept(Map.copyOf(done));
        }
        return done;
    }

    /** The draft with every {@code file:} value replaced by its uploaded object's URI. */
    static BatchDraft replace(BatchDraft draft, Path draftFolder, Map<String, UploadedFile> uploaded) {
        if (uploaded.isEmpty()) {
            return draft;
        }
        BatchDraft out = draft;
        if (draft.defaultRunSetting() != null && draft.defaultRunSetting().parameters() != null) {
            out = out.withDefaultRunSetting(draft.defaultRunSetting().toBuilder()
                    .parameters(rewrite(draft.defaultRunSetting().parameters(), draftFolder, uploaded)).build());
        }
        return out.withRuns(draft.runs().stream().map(r -> r.parameters() == null ? r
                : r.toBuilder().parameters(rewrite(r.parameters(), draftFolder, uploaded)).build()).toList());
    }

    private static JsonNode rewrite(JsonNode node, Path folder, Map<String, UploadedFile> uploaded) {
        if (LocalFiles.isLocalFile(node)) {
            UploadedFile f = uploaded.get(LocalFiles.resolve(node.textValue(), folder).toString());
            return f == null ? node : TextNode.valueOf(f.uri());
        }
        if (node instanceof ObjectNode o) {
            ObjectNode copy = o.objectNode();
            o.fields().forEachRemaining(e -> copy.set(e.getKey(), rewrite(e.getValue(), folder, uploaded)));
            return copy;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode copy = a.arrayNode();
            a.forEach(v -> copy.add(rewrite(v, folder, uploaded)));
            return copy;
        }
        return node;
    }

    private static void visit(JsonNode node, Consumer<JsonNode> sink) {
        if (node == null) {
            return;
        }
        if (LocalFiles.isLocalFile(node)) {
            sink.accept(node);
        } else if (node.isContainerNode()) {
            node.forEach(child -> visit(child, sink));
        }
    }

}
