package org.omicsbatch.ui.monitor;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.aws.ConnectionSettings;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.DraftAppData;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.sandbox.Catalog;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.sandbox.S3Store;
import org.omicsbatch.sandbox.SandboxServer;
import org.omicsbatch.submit.Journal;
import org.omicsbatch.submit.Preflight;
import org.omicsbatch.submit.SubmissionService;
import org.omicsbatch.submit.SubmitOptions;
import org.omicsbatch.ui.submit.ServiceSubmitPipeline;

/**
 * A running sandbox, a session on it, a journal and a saved draft whose runs are the first samples
 * of a real Terra load file (one FastQC run per sample).
 */
final class SandboxBatch implements AutoCloseable {
    final SandboxServer server;
    final AwsSession session;
    final Journal journal;
    final Path draftFile;
    final BatchDraft draft;

    SandboxBatch(SandboxOptions options, Path dir, int runs) throws IOException {
        server = SandboxServer.start(options);
        session = AwsSession.open(ConnectionSettings.sandbox(server.endpoint()));
        journal = new Journal(dir.resolve("journal"));
        draft = draft(runs);
        draftFile = dir.resolve("fastqc-cohort.json");
        DraftFiles.write(draftFile, draft);
        putInputs();
    }

    ServiceSubmitPipeline newSubmission() {
        return new ServiceSubmitPipeline(new SubmissionService(session, journal), journal, draftFile,
                SubmitOptions.ALL, new Preflight(session.catalog(), session.s3(), 8));
    }

    MonitorServices services() {
        return MonitorServices.of(session.batches(), journal, session::s3);
    }

    /** The objects the runs read, so that the input check finds them (as in a real account). */
    private void putInputs() {
        S3Store s3 = server.backend().s3();
        Instant now = Instant.now();
        for (String bucket : List.of("cohort-data", "cohort-results", "cohort-settings")) {
            s3.createBucket(bucket, now);
        }
        s3.put("cohort-data", "reference/GRCh38.fasta", ">chr1\nACGT\n".getBytes(StandardCharsets.UTF_8),
                "text/plain", Map.of(), now);
        for (InlineSetting run : draft.runs()) {
            String sample = run.runSettingId();
            s3.put("cohort-data", "samplesheets/" + sample + ".csv", ("sample,fastq_1\n" + sample
                    + ",s3://cohort-data/fastq/" + sample + ".fastq.gz\n").getBytes(StandardCharsets.UTF_8),
                    "text/csv", Map.of(), now);
        }
    }

    @Override
    public void close() {
        session.close();
        server.close();
    }

    private static BatchDraft draft(int count) throws IOException {
        List<InlineSetting> runs = new ArrayList<>();
        for (String sample : samples(count)) {
            ObjectNode parameters = JsonNodeFactory.instance.objectNode()
                    .put("input", "s3://cohort-data/samplesheets/" + sample + ".csv");
            runs.add(InlineSetting.builder().runSettingId(sample).name("fastqc-" + sample).parameters(parameters)
                    .build());
        }
        ObjectNode shared = JsonNodeFactory.instance.objectNode()
                .put("fasta", "s3://cohort-data/reference/GRCh38.fasta")
                .put("ecr_registry", "123456789012.dkr.ecr.us-east-1.amazonaws.com");
        DefaultRunSetting defaults = DefaultRunSetting.builder().workflowId(Catalog.FASTQC_ID)
                .roleArn("arn:aws:iam::123456789012:role/OmicsRunRole").outputUri("s3://cohort-results/fastqc")
                .storageType("DYNAMIC").parameters(shared).build();
        return BatchDraft.empty().withBatchName("fastqc-cohort").withTags(Map.of("project", "cohort-7"))
                .withDefaultRunSetting(defaults).withRuns(runs)
                .withApp(DraftAppData.EMPTY.withSettingsUri("s3://cohort-settings/omics-batch"));
    }

    /** The first {@code count} sample ids of the Terra load file. */
    private static List<String> samples(int count) throws IOException {
        try (InputStream in = SandboxBatch.class.getResourceAsStream(
                "/monitor/broadinstitute-fiss_firecloud_tests_samples.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            List<String> out = new ArrayList<>();
            for (int i = 1; i < lines.length && out.size() < count; i++) {
                out.add(lines[i].split("\t")[0]);
            }
            return out;
        }
    }
}
