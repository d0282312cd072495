package org.omicsbatch.submit;

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
import org.omicsbatch.plan.LocalFileValues;
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
        LocalFileValues.forEach(draft, (where, value) -> files.add(LocalFiles.resolve(value, draftFolder)));
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
        return LocalFileValues.replace(draft, value -> {
            UploadedFile f = uploaded.get(LocalFiles.resolve(value, draftFolder).toString());
            return f == null ? null : f.uri();
        });
    }
}
