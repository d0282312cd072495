package org.omicsbatch.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.drafts.Autosave;
import org.omicsbatch.drafts.RecentFiles;
import org.omicsbatch.model.Json;
import org.omicsbatch.ui.task.DirectTaskExecutor;
import org.omicsbatch.ui.wizard.DraftState;

class DraftsViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path folder;
    private final DraftState state = new DraftState();
    private final List<String> errors = new ArrayList<>();
    private DraftsViewModel drafts;
    private Autosave autosave;

    @BeforeEach
    void create() {
        autosave = new Autosave(home);
        drafts = new DraftsViewModel(state, new DirectTaskExecutor(), new RecentFiles(home), autosave);
        drafts.setErrorSink(errors::add);
    }

    @Test
    void saveThenOpenGivesTheSameDraftAndRemembersTheFile() {
        state.update(d -> d.withBatchName("cohort-7"));
        Path file = folder.resolve("cohort-7.json");
        assertThat(drafts.save()).as("a new draft has no file yet").isFalse();
        drafts.saveAs(file);
        assertThat(state.dirtyProperty().get()).isFalse();
        assertThat(state.fileProperty().get()).isEqualTo(file);

        drafts.newDraft();
        assertThat(state.draft().batchName()).isNull();
        drafts.open(file);
        assertThat(state.draft().batchName()).isEqualTo("cohort-7");
        assertThat(drafts.recentFiles()).containsExactly(file.toAbsolutePath().normalize());
    }

    @Test
    void anAwsCliInputFileOpensAndSavesUnchanged() throws Exception {
        String cli = """
                {
                  "batchName" : "from-the-cli",
                  "defaultRunSetting" : {
                    "workflowId" : "1234567",
                    "roleArn" : "arn:aws:iam::123456789012:role/OmicsWorkflowRole",
                    "parameters" : {
                      "coverage" : 25.080
                    }
                  },
                  "batchRunSettings" : {
                    "inlineSettings" : [ {
                      "runSettingId" : "sample-1",
                      "parameters" : {
                        "input" : "s3://in/sample-1.fq.gz"
                      }
                    } ]
                  }
                }""";
        Path file = folder.resolve("cli-input.json");
        Files.writeString(file, cli);
        drafts.open(file);
        drafts.saveAs(folder.resolve("again.json"));
        assertThat(Json.mapper().readTree(folder.resolve("again.json").toFile()))
                .isEqualTo(Json.mapper().readTree(cli));
        assertThat(Files.readString(folder.resolve("again.json"))).contains("25.080");
    }

    @Test
    void aBrokenFileIsReportedWithItsPositionAndTheDraftStays() throws Exception {
        state.update(d -> d.withBatchName("keep-me"));
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\n  \"batchName\": \"x\",\n  \"defaultRunSetting\": [\n");
        drafts.open(file);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).contains("broken.json");
        assertThat(state.draft().batchName()).isEqualTo("keep-me");
    }

    @Test
    void aRecentDraftThatIsGoneIsForgotten() throws Exception {
        Path file = folder.resolve("gone.json");
        drafts.saveAs(file);
        Files.delete(file);
        drafts.open(file);
        assertThat(drafts.recentFiles()).isEmpty();
        assertThat(errors).hasSize(1);
    }

    @Test
    void everyChangeIsAutosavedAndOfferedAfterACrash() throws Exception {
        try (AutosaveScheduler scheduler = new AutosaveScheduler(state, drafts, 10)) {
            state.update(d -> d.withBatchName("unsaved work"));
            scheduler.flush();
        }
        DraftState afterCrash = new DraftState();
        DraftsViewModel restarted = new DraftsViewModel(afterCrash, new DirectTaskExecutor(), new RecentFiles(home),
                new Autosave(home));
        Autosave.Entry entry = restarted.pendingRecovery().orElseThrow();
        restarted.restore(entry);
        assertThat(afterCrash.draft().batchName()).isEqualTo("unsaved work");
        assertThat(afterCrash.dirtyProperty().get()).as("restored work is still unsaved").isTrue();
    }

    @Test
    void savingRemovesTheAutosavedCopy() throws Exception {
        try (AutosaveScheduler scheduler = new AutosaveScheduler(state, drafts, 10)) {
            state.update(d -> d.withBatchName("work"));
            scheduler.flush();
            assertThat(autosave.pending()).isPresent();
            drafts.saveAs(folder.resolve("work.json"));
            scheduler.flush();
        }
        assertThat(autosave.pending()).isEmpty();
    }

    @Test
    void saveNowWritesBeforeReturningForSaveOnClose() {
        state.update(d -> d.withBatchName("closing"));
        Path file = folder.resolve("closing.json");
        assertThat(drafts.saveNow(file)).isTrue();
        assertThat(file).exists();
        assertThat(drafts.hasUnsavedChanges()).isFalse();
    }
}
