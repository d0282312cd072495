package org.omicsbatch.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omicsbatch.model.Json;

/**
 * {@code --state DIR}: the sandbox's batches, runs and S3 objects in one JSON snapshot
 * ({@value #FILE}), written to a temporary file and moved into place so a crash never leaves half a
 * file. Object bytes travel base64-encoded: the sandbox holds settings files, not genomes.
 */
final class StateStore {
    static final String FILE = "sandbox-state.json";

    /** Everything that survives a restart. */
    record Snapshot(long nextId, List<BatchState> batches, List<RunState> runs, Map<String, String> requestIds) {
    }

    record Bucket(String name, Instant created, List<S3Store.StoredObject> objects) {
    }

    record Document(int version, Snapshot backend, List<Bucket> buckets) {
    }

    /** The same document on its way out: the backend already turned into a tree under its lock. */
    private record Written(int version, com.fasterxml.jackson.databind.JsonNode backend, List<Bucket> buckets) {
    }

    private static final ObjectMapper MAPPER = Json.mapper();

    private StateStore() {
    }

    static void save(Path dir, SandboxBackend backend) throws IOException {
        Files.createDirectories(dir);
        S3Store s3 = backend.s3();
        Map<String, List<S3Store.StoredObject>> byBucket = new LinkedHashMap<>();
        s3.buckets().keySet().stream().sorted().forEach(b -> byBucket.put(b, new ArrayList<>()));
        for (var e : s3.allObjects()) {
            byBucket.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        Map<String, Instant> created = s3.buckets();
        List<Bucket> buckets = new ArrayList<>();
        byBucket.forEach((name, objects) -> buckets.add(new Bucket(name, created.getOrDefault(name, Instant.EPOCH),
                objects)));
        Written doc = new Written(1, backend.snapshot(), buckets);
        Path tmp = Files.createTempFile(dir, FILE, ".tmp");
        try {
            MAPPER.writeValue(tmp.toFile(), doc);
            try {
                Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Loads a saved state into a fresh backend; false when the directory holds none yet. */
    static boolean load(Path dir, SandboxBackend backend) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Document doc = MAPPER.readValue(file.toFile(), Document.class);
        backend.restore(doc.backend());
        for (Bucket b : Optional.ofNullable(doc.buckets()).orElse(List.of())) {
            backend.s3().restore(b.name(), b.created(), b.objects());
        }
        return true;
    }
}
