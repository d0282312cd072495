package org.omicsbatch.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.task.Progress;

class LocalFileUploadPlanTest {
    @TempDir
    Path dir;

    private static BatchDraft draft(ObjectNode... parameters) {
        List<InlineSetting> runs = new java.util.ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            runs.add(InlineSetting.builder().runSettingId("S" + i).parameters(parameters[i]).build());
        }
        return BatchDraft.empty().withRuns(runs);
    }

    private static ObjectNode params() {
        return JsonNodeFactory.instance.objectNode();
    }

    @Test
    void aDraftWithoutLocalFilesNeedsNoUploadLocationAndStaysAsItIs() throws Exception {
        BatchDraft d = draft(params().put("input", "s3://lab/sheet.csv"));
        LocalFileUploadPlan plan = LocalFileUploadPlan.of(d, dir, null, Progress.NONE);
        assertThat(plan.uploads()).isEmpty();
        assertThat(plan.draft()).isSameAs(d);
        assertThat(LocalFileUploadPlan.hasLocalFiles(d)).isFalse();
    }

    @Test
    void runsWithoutLocalFilesKeepTheirOwnParametersWhenOthersAreReplaced() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "a\n");
        ObjectNode plain = params().put("input", "s3://lab/sheet.csv");
        plain.putObject("nested").put("reference", "s3://lab/ref.fa");
        BatchDraft d = draft(params().put("input", "file:a.csv"), plain);
        LocalFileUploadPlan plan = LocalFileUploadPlan.of(d, dir, "s3://lab/up", Progress.NONE);
        assertThat(plan.draft().runs().get(1)).as("nothing to replace: the run is not copied").isSameAs(d.runs().get(1));
        assertThat(plan.draft().runs().get(0).parameters().get("input").asText()).startsWith("s3://lab/up/files/");
    }

    @Test
    void filesInListsAreFoundAndEachDistinctFileIsPlannedOnce() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "a\n");
        ObjectNode first = params();
        first.putArray("sheets").add("file:a.csv").add("file:" + dir.resolve("a.csv"));
        BatchDraft d = draft(first, params().put("input", "file:./a.csv"));
        LocalFileUploadPlan plan = LocalFileUploadPlan.of(d, dir, "s3://lab/up", Progress.NONE);
        String uri = "s3://lab/up/files/" + UploadKeys.sha256(dir.resolve("a.csv"), Progress.NONE) + "/a.csv";
        assertThat(plan.uploads()).extracting(LocalFileUploadPlan.Upload::uri).containsExactly(uri);
        assertThat(plan.draft().runs().get(0).parameters().get("sheets").get(1).asText()).isEqualTo(uri);
        assertThat(plan.draft().runs().get(1).parameters().get("input").asText()).isEqualTo(uri);
    }

    @Test
    void aMissingFileIsRefusedNamingTheRunAndParameter() {
        BatchDraft d = draft(params().put("input", "s3://lab/x.csv"), params().put("input", "file:gone.csv"));
        assertThatThrownBy(() -> LocalFileUploadPlan.of(d, dir, "s3://lab/up/", Progress.NONE))
                .isInstanceOf(LocalFileUploadPlan.Refused.class)
                .hasMessage("run S1 (#1): parameters.input: local file not found: " + dir.resolve("gone.csv"));
    }

    @Test
    void localFilesWithoutAnS3UploadLocationAreRefused() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "a\n");
        BatchDraft d = draft(params().put("input", "file:a.csv"));
        assertThatThrownBy(() -> LocalFileUploadPlan.of(d, dir, null, Progress.NONE))
                .isInstanceOf(LocalFileUploadPlan.Refused.class).hasMessageContaining("need an s3:// upload location");
        assertThatThrownBy(() -> LocalFileUploadPlan.of(d, dir, "lab-bucket/up", Progress.NONE))
                .hasMessageContaining("not \"lab-bucket/up\"");
    }

    @Test
    void theScriptQuotesEveryWordForSh() {
        assertThat(UploadScript.quote("it's $HOME `x`")).isEqualTo("'it'\\''s $HOME `x`'");
    }
}
