package org.omicsbatch.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    static final int PARALLEL = 8;
    static final int JOURNAL_EVERY = 25;
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
     * Uploads the files, {@value #PARALLEL} at a time, and returns them by local path. Every
     * {@value #JOURNAL_EVERY} uploads, and after the last, {@code journal} is told what is done, so a crash repeats little
     * (a repeated upload finds its object already there anyway).
     */
    static Map<String, UploadedFile> upload(Set<Path> files, S3Location prefix, S3Files s3,
            Consumer<Map<String, UploadedFile>> journal, Progress progress) {
        Map<String, UploadedFile> done = new ConcurrentHashMap<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new SubmissionRefused("The parameter file " + file + " does not exist; fix the file: value.");
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, r -> {
            Thread t = new Thread(r, "upload-files");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (Path file : files) {
                pending.add(pool.submit(() -> {
                    progress.checkCancelled();
                    done.put(file.toString(), s3.upload(file, prefix, file.getFileName().toString(), Progress.NONE));
                    progress.update(done.size(), files.size(), "uploaded " + file.getFileName());
                    if (done.size() % JOURNAL_EVERY == 0 || done.size() == files.size()) {
                        journal.accept(Map.copyOf(done));
                    }
                }));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.Cancelled();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<String, UploadedFile> ordered = new LinkedHashMap<>();
        files.forEach(f -> ordered.put(f.toString(), done.get(f.toString())));
        return ordered;
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
