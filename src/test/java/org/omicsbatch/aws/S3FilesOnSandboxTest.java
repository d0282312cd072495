package org.omicsbatch.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.sandbox.SandboxServer;
import org.omicsbatch.task.Progress;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** S3 uploads against the sandbox's S3, with buckets as strict as AWS's. */
class S3FilesOnSandboxTest extends S3FilesContract {
    private static SandboxServer sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withStrictBuckets(true));
        sandbox.backend().s3().createBucket("lab-bucket", Instant.now());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void refusesToWriteToABucketOwnedByAnotherAccount() throws Exception {
        S3Files elsewhere = new S3Files(client, () -> "999999999999");
        Path file = Files.writeString(dir.resolve("sheet.csv"), "sample\nA\n");

        assertThatThrownBy(() -> elsewhere.upload(file, S3Location.require("s3://lab-bucket/x"), "sheet.csv",
                Progress.NONE)).isInstanceOfSatisfying(S3Exception.class,
                        e -> assertThat(e.statusCode()).isEqualTo(403));
    }

    @Override
    URI endpoint() {
        return sandbox.endpoint();
    }
}
