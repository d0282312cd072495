package org.omicsbatch.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.plan.RenderedFiles;
import org.omicsbatch.plan.SettingsFileMode;
import org.omicsbatch.task.Progress;

/** A render, offline, names each local file by the very s3:// URI the submission then uploads it to. */
class RenderMatchesSubmissionTest {
    @TempDir
    Path dir;

    @Test
    void renderedLocalFileUrisAreTheOnesTheSubmissionUploadsTo() throws Exception {
        try (SandboxRig rig = new SandboxRig(SandboxRig.fast(), dir)) {
            Path draft = rig.localFilesDraft("local files");
            BatchDraft read = DraftFiles.read(draft);
            RenderedFiles.Result rendered = RenderedFiles.write(read, dir, SettingsFileMode.AUTO,
                    read.appOrEmpty().settingsUri(), (name, content) -> content.writeTo(java.io.OutputStream.nullOutputStream()),
                    Progress.NONE);

            Submission s = rig.submissions().submit(draft, SubmitOptions.ALL, Progress.NONE);
            StartRunBatchRequest sent = rig.journal.readRequest(s);

            assertThat(inputs(rendered.request())).isEqualTo(inputs(sent)).allMatch(u -> u.startsWith("s3://"));
            assertThat(rendered.uploads()).extracting(u -> u.uri())
                    .containsExactlyInAnyOrderElementsOf(s.files().values().stream().map(f -> f.uri()).toList());
        }
    }

    private static List<String> inputs(StartRunBatchRequest request) {
        return request.batchRunSettings().inlineSettings().stream()
                .map(InlineSetting::parameters).map(p -> p.path("input").asText()).toList();
    }
}
