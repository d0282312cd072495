package org.omicsbatch.submit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.aws.BatchPaginators;
import org.omicsbatch.aws.ConnectionSettings;
import org.omicsbatch.aws.TestRetries;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.BatchListItem;
import org.omicsbatch.model.BatchRunSettings;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.DraftAppData;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.ListBatchRequest;
import org.omicsbatch.sandbox.SandboxOptions;
import org.omicsbatch.sandbox.SandboxServer;

/** A running sandbox, a session on it over HTTP and a journal in a temporary folder. */
final class SandboxRig implements AutoCloseable {
    /** The sandbox's seeded FastQC workflow: parameters input, fasta, ecr_registry. */
    static final String FASTQC_WORKFLOW = "9000002";
    static final String ROLE = "arn:aws:iam::123456789012:role/OmicsWorkflowRun";
    static final String SETTINGS_URI = "s3://lab-bucket/omics-batch/";

    final SandboxServer server;
    final AwsSession session;
    final Journal journal;
    final Path dir;

    SandboxRig(SandboxOptions options, Path dir) throws IOException {
        this.server = SandboxServer.start(options);
        this.session = AwsSession.open(ConnectionSettings.sandbox(server.endpoint()), TestRetries.fast());
        this.journal = new Journal(dir.resolve("journal"));
        this.dir = dir;
    }

    /** Nominal lifecycle 200 times faster, 200 starts a second. */
    static SandboxOptions fast() {
        return SandboxOptions.defaults().withSpeed(200).withStartRate(200);
    }

    SubmissionService submissions() {
        return new SubmissionService(session.batches(), session::s3, journal, null, session.region(),
                server.endpoint().toString(), Duration.ofMillis(20));
    }

    BatchMonitor monitor() {
        return new BatchMonitor(session.batches(), journal, dir.resolve("monitor"), Duration.ZERO);
    }

    Path write(String name, BatchDraft draft) throws IOException {
        Path file = dir.resolve(name);
        DraftFiles.write(file, draft);
        return file;
    }

    /**
     * A draft of three runs whose {@code input} is a local sheet (A and B share one, C has its own),
     * the sheets written in {@code sheets/} beside the draft.
     */
    Path localFilesDraft(String batchName) throws IOException {
        Path sheets = Files.createDirectories(dir.resolve("sheets"));
        Files.writeString(sheets.resolve("pair.csv"), "sample,fastq_1\nA,s3://lab-bucket/reads/A_1.fq.gz\n");
        Files.writeString(sheets.resolve("C.csv"), "sample,fastq_1\nC,s3://lab-bucket/reads/C_1.fq.gz\n");
        return write("files.json", fastqcDraft(batchName, List.of(run("A", "file:sheets/pair.csv"),
                run("B", "file:sheets/pair.csv"), run("C", "file:sheets/C.csv"))));
    }

    /** Batches in the sandbox whose tags carry this submission id (asked of the backend: no injected faults). */
    long batchesTagged(String submissionId) {
        return allBatches().stream().map(b -> server.backend().getBatch(b.id()))
                .filter(b -> b.tags() != null && submissionId.equals(b.tags().get(Submission.TAG)))
                .count();
    }

    List<BatchListItem> allBatches() {
        return BatchPaginators.pages(t -> server.backend().listBatch(ListBatchRequest.all().withStartingToken(t)),
                r -> r.items(), r -> r.nextToken()).toList();
    }

    static BatchDraft fastqcDraft(String batchName, List<InlineSetting> runs) {
        ObjectNode shared = Json.mapper().createObjectNode()
                .put("fasta", "s3://lab-reference/GRCh38/genome.fa")
                .put("ecr_registry", "123456789012.dkr.ecr.us-east-1.amazonaws.com");
        DefaultRunSetting defaults = DefaultRunSetting.builder().workflowId(FASTQC_WORKFLOW).workflowType("PRIVATE")
                .roleArn(ROLE).outputUri("s3://lab-bucket/results/").parameters(shared).build();
        return new BatchDraft(batchName, null, Map.of("project", "rig"), defaults, BatchRunSettings.inline(runs),
                DraftAppData.EMPTY.withSettingsUri(SETTINGS_URI), null);
    }

    static InlineSetting run(String id, String input) {
        return InlineSetting.builder().runSettingId(id).name(id)
                .parameters(Json.mapper().createObjectNode().put("input", input)).build();
    }

    @Override
    public void close() {
        session.close();
        server.close();
    }
}
