package org.omicsbatch.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.aws.UploadedFile;
import org.omicsbatch.model.BatchStatus;

class JournalTest {
    @TempDir
    Path dir;

    private static Submission entry(String id, Submission.Step step) {
        return new Submission(id, "req-" + id, step, Instant.parse("2026-11-26T09:00:00Z"), Instant.now(),
                "/data/draft.json", "abc", "name", null, "us-east-1", null, List.of("s1", "s2"),
                Map.of("/data/s1.csv", new UploadedFile("s3://b/p/abc/s1.csv", "abc", 10, "\"e1\"", false)), null,
                null, null, null, null, null, false, false, null);
    }

    @Test
    void keepsOneOwnerOnlyFilePerSubmissionAndReadsItBackWhole() throws Exception {
        Journal journal = new Journal(dir.resolve("journal"));
        Submission s = entry("a1", Submission.Step.PREPARED);

        journal.save(s);
        journal.save(s.withBatch("42", "arn:aws:omics:us-east-1:123456789012:runBatch/42", BatchStatus.CREATING));

        Submission back = journal.load("a1").orElseThrow();
        assertThat(back.step()).isEqualTo(Submission.Step.SENT);
        assertThat(back.requestId()).isEqualTo("req-a1");
        assertThat(back.files().get("/data/s1.csv").eTag()).isEqualTo("\"e1\"");
        assertThat(journal.findByBatchId("42")).contains(back);
        try (var files = Files.list(dir.resolve("journal"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a1.submission.json");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("journal"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve("journal/a1.submission.json")))).isEqualTo("rw-------");
    }

    @Test
    void listsOpenSubmissionsAndSkipsADamagedEntry() throws Exception {
        Journal journal = new Journal(dir.resolve("journal"));
        journal.save(entry("open1", Submission.Step.SENDING));
        journal.save(entry("done1", Submission.Step.SENT));
        journal.save(entry("refused1", Submission.Step.REFUSED));
        Files.writeString(dir.resolve("journal/broken.submission.json"), "{\"submissionId\": ");

        assertThat(journal.list()).hasSize(3);
        assertThat(journal.unfinished()).extracting(Submission::submissionId).containsExactly("open1");
    }
}
