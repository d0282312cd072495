package org.omicsbatch.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.task.Progress;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What S3 uploads must do on any S3: run against S3Mock (an emulator nobody on this project wrote)
 * and against the sandbox's S3 by the two subclasses.
 */
abstract class S3FilesContract {
    static final long MIB = 1024 * 1024;

    private ClientParts parts;
    S3Client client;
    S3Files files;

    @TempDir
    Path dir;

    /** An endpoint where bucket "lab-bucket" exists. */
    abstract URI endpoint();

    @BeforeEach
    void connect() {
        parts = ClientParts.create(ConnectionSettings.sandbox(endpoint()), TestRetries.fast());
        client = S3Clients.build(parts);
        files = new S3Files(client, () -> "123456789012", 6 * MIB, 5 * MIB);
    }

    @AfterEach
    void disconnect() {
        client.close();
        parts.http().close();
    }

    @Test
    void uploadsAPerRunSampleSheetUnderItsContentHashWithItsETag() throws Exception {
        Path sheet = copyOfSampleSheet();
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(sheet))); // computed here, not by the code under test

        UploadedFile up = files.upload(sheet, S3Location.require("s3://lab-bucket/omics-batch"), "samplesheet.csv",
                Progress.NONE);

        assertThat(up.uri()).isEqualTo("s3://lab-bucket/omics-batch/" + sha + "/samplesheet.csv");
        assertThat(up.reused()).isFalse();
        assertThat(up.eTag()).isNotBlank();
        assertThat(read(up.uri())).isEqualTo(Files.readAllBytes(sheet));
    }

    @Test
    void reusesTheObjectAnEarlierAttemptAlreadyUploaded() throws Exception {
        Path sheet = copyOfSampleSheet();
        S3Location prefix = S3Location.require("s3://lab-bucket/retry");
        UploadedFile first = files.upload(sheet, prefix, "samplesheet.csv", Progress.NONE);

        UploadedFile again = files.upload(sheet, prefix, "samplesheet.csv", Progress.NONE);

        assertThat(again.reused()).isTrue();
        assertThat(again.uri()).isEqualTo(first.uri());
        assertThat(again.eTag()).isEqualTo(first.eTag());
    }

    @Test
    void uploadsALargeSettingsFileInPartsReportingEveryByte() throws Exception {
        Path settings = largeSettingsFile(13 * MIB);
        AtomicLong lastDone = new AtomicLong();
        AtomicLong lastTotal = new AtomicLong();
        Progress progress = recording(lastDone, lastTotal, Long.MAX_VALUE);

        UploadedFile up = files.upload(settings, S3Location.require("s3://lab-bucket/big"), "run-settings.json",
                progress);

        assertThat(up.eTag()).endsWith("-3\"");
        assertThat(lastDone.get()).isEqualTo(Files.size(settings));
        assertThat(lastTotal.get()).isEqualTo(Files.size(settings));
        assertThat(read(up.uri())).isEqualTo(Files.readAllBytes(settings));
    }

    @Test
    void aCancelledMultipartUploadIsAbortedAndLeavesNothing() throws Exception {
        Path settings = largeSettingsFile(13 * MIB);
        S3Location prefix = S3Location.require("s3://lab-bucket/cancelled");
        String sha = org.omicsbatch.plan.UploadKeys.sha256(settings, Progress.NONE);
        Progress cancelsMidway = recording(new AtomicLong(), new AtomicLong(), 7 * MIB);

        assertThatThrownBy(() -> files.upload(settings, prefix, "run-settings.json", cancelsMidway))
                .isInstanceOf(Progress.Cancelled.class);

        assertThat(files.head(S3Files.keyFor(prefix, sha, "run-settings.json"))).isEmpty();
        assertThat(client.listMultipartUploads(r -> r.bucket("lab-bucket").prefix("cancelled/")).uploads()).isEmpty();
    }

    @Test
    void noticesWhenAnUploadedFileWasReplacedBeforeSubmit() throws Exception {
        UploadedFile up = files.upload(copyOfSampleSheet(), S3Location.require("s3://lab-bucket/changed"),
                "samplesheet.csv", Progress.NONE);
        files.verifyUnchanged(up);
        S3Location where = S3Location.require(up.uri());
        client.putObject(r -> r.bucket(where.bucket()).key(where.key()), RequestBody.fromString("sample\nother\n"));

        assertThatThrownBy(() -> files.verifyUnchanged(up)).hasMessageContaining("changed");
    }

    private Path copyOfSampleSheet() throws Exception {
        Path target = dir.resolve("samplesheet.csv");
        try (InputStream in = getClass().getResourceAsStream("/aws/nf-core-rnaseq_assets_samplesheet.csv")) {
            Files.copy(in, target);
        }
        return target;
    }

    /** A settings file as a large batch has: a JSON array of run settings, one per sample sheet row. */
    private Path largeSettingsFile(long atLeast) throws Exception {
        Path target = dir.resolve("run-settings.json");
        List<String> rows = Files.readAllLines(copyOfSampleSheet());
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write('[');
            long written = 1;
            for (int i = 0; written < atLeast; i++) {
                String[] cells = rows.get(1 + i % (rows.size() - 1)).split(",", -1);
                String entry = (i == 0 ? "" : ",") + "{\"runSettingId\":\"" + cells[0] + "-" + i
                        + "\",\"parameters\":{\"fastq_1\":\"" + cells[1] + "\",\"fastq_2\":\"" + cells[2] + "\"}}";
                w.write(entry);
                written += entry.length();
            }
            w.write(']');
        }
        return target;
    }

    private static Progress recording(AtomicLong done, AtomicLong total, long cancelAfter) {
        return new Progress() {
            @Override
            public void update(long d, long t, String message) {
                done.set(d);
                total.set(t);
            }

            @Override
            public boolean isCancelled() {
                return done.get() >= cancelAfter;
            }
        };
    }

    private byte[] read(String uri) throws Exception {
        try (InputStream in = files.open(S3Location.require(uri))) {
            return in.readAllBytes();
        }
    }
}
