package org.omicsbatch.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.Json;

class DraftFilesTest {
    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        Path copy = dir.resolve(name);
        try (var in = getClass().getResourceAsStream("/drafts/" + name)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private DraftFileException readFails(Path file) {
        try {
            DraftFiles.read(file);
        } catch (DraftFileException e) {
            return e;
        }
        throw new AssertionError("read of " + file + " did not fail");
    }

    @Test
    void opensAwsCliSkeletonUnchangedAndWritesItBackLosslessly() throws Exception {
        for (String name : new String[] {"aws-cli-start-run-batch-skeleton.json", "aws-cli-start-run-batch-skeleton-s3uri.json"}) {
            Path cliInput = resource(name);
            BatchDraft draft = DraftFiles.read(cliInput);
            Path out = dir.resolve("out-" + name);
            DraftFiles.write(out, draft);
            assertThat(Json.mapper().readTree(out.toFile())).as(name).isEqualTo(Json.mapper().readTree(cliInput.toFile()));
        }
    }

    @Test
    void keepsRealWorkflowParametersExactlyThroughReadAndWrite() throws Exception {
        String bam = new String(getClass().getResourceAsStream("/parameter-templates/"
                + "aws-samples-amazon-omics-tutorials_gatk-best-practices_fastqs-to-analysis-ready-bam_test.parameters.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        String taxprofiler = new String(getClass().getResourceAsStream("/parameter-templates/"
                + "aws-samples-aws-healthomics-tutorials_nf-core_taxprofiler_test.parameters.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        Path in = file("draft.json", "{\"defaultRunSetting\": {\"workflowId\": \"1\", \"roleArn\": \"arn:x\", \"parameters\": "
                + bam + "},\n\"batchRunSettings\": {\"inlineSettings\": [{\"runSettingId\": \"r\", \"parameters\": "
                + taxprofiler + "}]}}");
        Path out = dir.resolve("again.json");
        DraftFiles.write(out, DraftFiles.read(in));
        JsonNode written = Json.mapper().readTree(out.toFile());
        assertThat(written).isEqualTo(Json.mapper().readTree(in.toFile()));
        assertThat(written.get("defaultRunSetting").get("parameters").get("fastq_pairs")).hasSize(4);
        assertThat(written.get("batchRunSettings").get("inlineSettings").get(0).get("parameters").get("run_malt").isBoolean()).isTrue();
    }

    @Test
    void keepsUnknownMembersAndAppDataThroughReadAndWrite() throws Exception {
        Path in = file("draft.json", """
                {"batchName":"b","comment":{"why":"kept"},"defaultRunSetting":{"workflowId":"1","roleArn":"arn:x","futureMember":[1,2.50]},
                 "batchRunSettings":{"inlineSettings":[{"runSettingId":"r1","parameters":{"a":{"b":[1,null]}},"laneCount":4}]},
                 "omicsBatchLauncher":{"settingsUri":"s3://b/p/","newer":true}}""");
        Path out = dir.resolve("again.json");
        DraftFiles.write(out, DraftFiles.read(in));
        assertThat(Json.mapper().readTree(out.toFile())).isEqualTo(Json.mapper().readTree(in.toFile()));
    }

    @Test
    void namesFileLineColumnAndMemberOfAWrongType() throws Exception {
        Path in = file("draft.json", """
                {
                  "defaultRunSetting": {
                    "workflowId": "1234567",
                    "priority": "high"
                  }
                }
                """);
        DraftFileException e = readFails(in);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(17);
        assertThat(e.member()).isEqualTo("defaultRunSetting.priority");
        assertThat(e.getMessage()).isEqualTo(in + ":4:17: defaultRunSetting.priority: \"high\" is not an integer");
        assertThat(e.getStackTrace()).isEmpty();
    }

    @Test
    void namesTheRunIndexOfAWrongTypeInARun() throws Exception {
        Path in = file("draft.json", """
                {"batchRunSettings": {"inlineSettings": [
                  {"runSettingId": "a"},
                  {"runSettingId": "b", "priority": 1.5}
                ]}}""");
        DraftFileException e = readFails(in);
        assertThat(e.member()).isEqualTo("batchRunSettings.inlineSettings[1].priority");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).contains("integer");
    }

    @Test
    void refusesNumbersWhereTheServiceWantsTextAndTextWhereItWantsNumbers() throws Exception {
        assertThat(readFails(file("a.json", "{\"tags\": {\"project\": 42}}")).member()).isEqualTo("tags.project");
        assertThat(readFails(file("b.json", "{\"defaultRunSetting\": {\"storageCapacity\": \"1200\"}}")).member())
                .isEqualTo("defaultRunSetting.storageCapacity");
        assertThat(readFails(file("c.json", "{\"defaultRunSetting\": {\"roleArn\": {\"x\": 1}}}")).getMessage())
                .contains("defaultRunSetting.roleArn: must be text");
    }

    @Test
    void namesLineAndColumnOfBrokenJson() throws Exception {
        Path in = file("draft.json", "{\n  \"batchName\": \"x\",\n  \"tags\": {\"a\": \"b\",}\n}\n");
        DraftFileException e = readFails(in);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isPositive();
        assertThat(e.member()).isEqualTo("tags");
        assertThat(e.getMessage()).startsWith(in + ":3:").doesNotContain("\n").doesNotContain("at [Source");
    }

    @Test
    void explainsEmptyMissingAndNonObjectFiles() throws Exception {
        assertThat(readFails(file("empty.json", "")).getMessage()).endsWith("the file is empty: a draft is a JSON object { ... }");
        assertThat(readFails(file("list.json", "[1,2]")).problem()).startsWith("a draft must be a JSON object");
        assertThat(readFails(dir.resolve("nope.json")).getMessage()).isEqualTo(dir.resolve("nope.json") + ": file not found");
        assertThat(readFails(file("big.json", "{\"defaultRunSetting\":{\"priority\": 99999999999}}")).getMessage())
                .contains(":1:").contains("defaultRunSetting.priority").contains("out of range");
    }

    @Test
    void writesAtomicallyWithOwnerOnlyPermissionsAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("sub/draft.json");
        DraftFiles.write(target, BatchDraft.empty().withBatchName("first"));
        DraftFiles.write(target, BatchDraft.empty().withBatchName("second"));
        assertThat(DraftFiles.read(target).batchName()).isEqualTo("second");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("draft.json");
        DraftFiles.write(target, BatchDraft.empty().withBatchName("kept"));
        assertThatThrownBy(() -> DraftFiles.writeAtomically(target, out -> {
            out.write("{\"half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(DraftFiles.read(target).batchName()).isEqualTo("kept");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void keepsJsonNullInsideParametersAsGiven() throws Exception {
        Path in = file("draft.json", "{\"batchRunSettings\":{\"inlineSettings\":[{\"runSettingId\":\"r\",\"parameters\":{\"x\":null}}]}}");
        JsonNode params = DraftFiles.read(in).runs().get(0).parameters();
        assertThat(params.get("x").isNull()).isTrue();
    }
}
