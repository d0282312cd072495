package org.omicsbatch.ui.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omicsbatch.task.Progress;
import org.omicsbatch.ui.s3.S3BrowserViewModel;
import org.omicsbatch.ui.task.DirectTaskExecutor;
import software.amazon.awssdk.core.sync.RequestBody;

/** The S3 browser over the app's real connection to the embedded sandbox: buckets, folders, files, up. */
class S3BrowsingAgainstSandboxTest {
    private SessionConnection connection;
    private S3BrowserViewModel browser;

    @BeforeEach
    void connectAndUpload() throws Exception {
        connection = (SessionConnection) new AppConnector().startSandbox(Progress.NONE);
        var s3 = connection.session().s3Client();
        s3.createBucket(r -> r.bucket("reads"));
        s3.putObject(r -> r.bucket("reads").key("run-7/sample-1_R1.fastq.gz"), RequestBody.fromString("@r1\nACGT\n+\nIIII\n"));
        s3.putObject(r -> r.bucket("reads").key("run-7/sample-1_R2.fastq.gz"), RequestBody.fromString("@r2\nTGCA\n+\nIIII\n"));
        s3.putObject(r -> r.bucket("reads").key("samplesheet.csv"), RequestBody.fromString("sample,fastq_1\n"));
        browser = new S3BrowserViewModel(new DirectTaskExecutor(), connection.s3());
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Test
    void walksFromTheBucketListIntoAFolderAndPicksAFile() {
        browser.start("");
        assertThat(browser.items()).extracting(S3BrowserViewModel.Item::label).contains("reads");
        browser.open(browser.items().stream().filter(i -> i.label().equals("reads")).findFirst().orElseThrow());
        assertThat(browser.locationProperty().get()).isEqualTo("s3://reads/");
        assertThat(browser.items()).extracting(S3BrowserViewModel.Item::label)
                .containsExactly("run-7/", "samplesheet.csv");
        browser.open(browser.items().get(0));
        assertThat(browser.items()).extracting(S3BrowserViewModel.Item::label)
                .containsExactly("sample-1_R1.fastq.gz", "sample-1_R2.fastq.gz");
        browser.open(browser.items().get(1));
        assertThat(browser.selectedUriProperty().get()).isEqualTo("s3://reads/run-7/sample-1_R2.fastq.gz");
        browser.up();
        assertThat(browser.locationProperty().get()).isEqualTo("s3://reads/");
    }

    @Test
    void startsInTheFolderOfTheValueBeingEdited() {
        browser.start("s3://reads/run-7/sample-1_R1.fastq.gz");
        assertThat(browser.locationProperty().get()).isEqualTo("s3://reads/run-7/");
        assertThat(browser.items()).hasSize(2);
    }

    @Test
    void anEmptyFolderSaysSo() {
        browser.start("s3://reads/run-8/");
        assertThat(browser.items()).isEmpty();
        assertThat(browser.noteProperty().get()).isEqualTo("Nothing here.");
    }
}
