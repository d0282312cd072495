package org.omicsbatch.ui.wizard.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.ui.components.runs.InlineSettingsCodec;
import org.omicsbatch.ui.task.BackgroundTask;
import org.omicsbatch.ui.task.DirectTaskExecutor;
import org.omicsbatch.ui.task.TaskExecutor;
import org.omicsbatch.ui.wizard.DraftState;

/** Write-backs of a large runs table convert the runs that changed, not all of them. */
class RunsWriteBackTest {
    private static final int RUNS = 100_000;

    private final DraftState state = new DraftState();
    private final DirectTaskExecutor direct = new DirectTaskExecutor();
    /** Background tasks held until the test runs them, as if they were still under way. */
    private final List<Runnable> queued = new ArrayList<>();
    private final AtomicInteger conversions = new AtomicInteger();
    private RunsViewModel runs;

    @BeforeEach
    void draftWith100kRuns() {
        List<InlineSetting> many = new ArrayList<>(RUNS);
        for (int i = 0; i < RUNS; i++) {
            many.add(InlineSetting.builder().runSettingId("S" + i).name("sample-" + i).priority(i % 100).build());
        }
        state.update(d -> d.withRuns(many));
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> TaskHandle execute(BackgroundTask<T> task) {
                queued.add(() -> direct.execute(task));
                return null;
            }
        };
        runs = new RunsViewModel(state, later, (table, row, problems) -> {
            conversions.incrementAndGet();
            return InlineSettingsCodec.toInlineSetting(table, row, problems);
        });
        runQueued(); // opening the draft
        assertThat(runs.model().rowCount()).isEqualTo(RUNS);
    }

    @Test
    void anEditOfOneCellIn100kRunsConvertsOneRun() {
        runs.editor().setCell(70_000, 1, "renamed");
        runs.commitSoon();
        runQueued();
        assertThat(conversions.get()).isEqualTo(1);
        assertThat(state.draft().runs()).hasSize(RUNS);
        assertThat(state.draft().runs().get(70_000).name()).isEqualTo("renamed");
        assertThat(state.draft().runs().get(69_999).name()).isEqualTo("sample-69999");
    }

    @Test
    void reviewWhileAWriteBackIsUnderWayConvertsOnlyTheChangedRunsOnTheFxThread() {
        runs.editor().setCell(5, 1, "first");
        runs.commitSoon(); // started, not finished
        runs.editor().setCell(6, 1, "second");
        runs.commitToDraft(); // what Review does
        assertThat(conversions.get()).as("rows 5 and 6, not 100,000").isEqualTo(2);
        assertThat(state.draft().runs()).extracting(InlineSetting::name).element(5).isEqualTo("first");
        assertThat(state.draft().runs().get(6).name()).isEqualTo("second");
        runQueued(); // the older write-back ends: its result is dropped, the draft keeps both edits
        assertThat(state.draft().runs().get(6).name()).isEqualTo("second");
    }

    @Test
    void reviewWaitsForTheWriteBackUnderWayThenAddsTheEditsMadeSince() {
        List<Integer> reviewed = new ArrayList<>();
        runs.editor().setCell(5, 1, "first");
        runs.commitSoon();
        runs.editor().setCell(6, 1, "second");
        runs.commitThen(() -> reviewed.add(state.draft().runs().size()));
        assertThat(reviewed).as("nothing converted on the FX thread yet").isEmpty();
        assertThat(conversions.get()).isZero();
        runQueued();
        assertThat(reviewed).containsExactly(RUNS);
        assertThat(conversions.get()).isEqualTo(2);
        assertThat(state.draft().runs()).extracting(InlineSetting::name).element(6).isEqualTo("second");
    }

    @Test
    void reviewAfterRunsWereDeletedConvertsThemInTheBackgroundFirst() {
        List<Integer> reviewed = new ArrayList<>();
        runs.editor().deleteRows(new int[] {0, 1});
        runs.commitThen(() -> reviewed.add(state.draft().runs().size()));
        assertThat(reviewed).isEmpty();
        assertThat(conversions.get()).as("not on the FX thread").isZero();
        runQueued();
        assertThat(reviewed).containsExactly(RUNS - 2);
        assertThat(state.draft().runs().get(0).runSettingId()).isEqualTo("S2");
    }

    @Test
    void theDraftAfterEditsInsertsDeletesAndUndoEqualsAFullConversion() {
        int priority = runs.model().columnIndex("priority");
        runs.editor().setCell(10, 1, "edited");
        runs.commitSoon();
        runs.editor().setCell(11, priority, "high"); // a problem, made while the write-back runs
        runs.editor().setCell(12, priority, "7");
        runQueued();
        runs.commitSoon();
        runQueued();
        assertThat(runs.cellProblems()).extracting(p -> p.row()).containsExactly(11);
        runs.editor().addRow(3);
        runs.commitSoon();
        runs.editor().deleteRows(new int[] {0, 50_000});
        runQueued();
        runs.commitSoon();
        runs.editor().setCell(99_000, 1, "late");
        runs.undo(); // the late edit
        runs.undo(); // the delete
        runs.editor().setCell(20, priority, "also bad");
        runQueued();
        runs.commitSoon();
        runQueued();
        runs.editor().setCell(12, priority, "11"); // fixes the first problem (row 11 before the insert)
        runs.commitToDraft();

        var full = InlineSettingsCodec.toInlineSettings(runs.model());
        assertThat(state.draft().runs()).isEqualTo(full.runs());
        assertThat(runs.cellProblems()).isEqualTo(full.problems());
        assertThat(runs.cellProblems()).extracting(p -> p.row()).containsExactly(20);
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }
}
