package org.omicsbatch.ui.wizard.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.ui.components.runs.InlineSettingsCodec;
import org.omicsbatch.ui.components.runs.RunTableModel;
import org.omicsbatch.ui.task.BackgroundTask;
import org.omicsbatch.ui.task.DirectTaskExecutor;
import org.omicsbatch.ui.task.TaskExecutor;
import org.omicsbatch.ui.wizard.DraftState;

class RowFinderTest {
    private final RunTableModel table = InlineSettingsCodec.toTable(List.of(
            InlineSetting.builder().runSettingId("WT_REP1").build(),
            InlineSetting.builder().runSettingId("KO_REP1").name("knockout").build(),
            InlineSetting.builder().runSettingId("WT_REP2").build()), List.of());

    @Test
    void theFilterSearchesAsABackgroundTaskOfTheViewModel() {
        DirectTaskExecutor direct = new DirectTaskExecutor();
        RunsViewModel runs = new RunsViewModel(new DraftState(), direct);
        List<int[]> shown = new ArrayList<>();
        runs.findRows(table, "wt_", shown::add);
        assertThat(direct.titles).containsExactly("Finding runs");
        assertThat(shown).containsExactly(new int[] {0, 2});
    }

    @Test
    void aNewQueryCancelsTheSearchStillRunning() {
        List<Runnable> queued = new ArrayList<>();
        List<String> cancelled = new ArrayList<>();
        DirectTaskExecutor direct = new DirectTaskExecutor();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> TaskHandle execute(BackgroundTask<T> task) {
                int number = queued.size();
                queued.add(() -> direct.execute(task));
                return new TaskHandle() {
                    @Override
                    public void cancel() {
                        cancelled.add("search " + number);
                    }

                    @Override
                    public boolean isDone() {
                        return false;
                    }
                };
            }
        };
        RowFinder finder = new RowFinder(later);
        List<String> shown = new ArrayList<>();
        finder.find(table, "rep", rows -> shown.add("rep: " + rows.length));
        finder.find(table, "knock", rows -> shown.add("knock: " + rows.length));
        assertThat(cancelled).containsExactly("search 0");
        queued.forEach(Runnable::run); // the older one may end anyway: the table drops it (RunTableViewFxTest)
        assertThat(shown).contains("knock: 1");
    }
}
