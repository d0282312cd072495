package org.omicsbatch.ui.wizard.runs;

import java.util.function.Consumer;
import org.omicsbatch.ui.components.runs.RunTableModel;
import org.omicsbatch.ui.components.runs.RunTableSearch;
import org.omicsbatch.ui.task.BackgroundTask;
import org.omicsbatch.ui.task.TaskExecutor;

/**
 * The runs filter's search, off the FX thread: about half a second for 100,000 × 40 cells holding
 * no match, which would stop typing if done between two frames. A search still running when another
 * starts is cancelled; a result that arrives anyway is dropped by the table, which shows only the
 * newest filter's rows ({@code RunTableView}).
 */
final class RowFinder {
    private final TaskExecutor executor;
    private TaskExecutor.TaskHandle running;

    RowFinder(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Finds the rows of {@code table} (a copy nobody writes) containing {@code query}; {@code found} runs on the FX thread. */
    void find(RunTableModel table, String query, Consumer<int[]> found) {
        if (running != null) {
            running.cancel();
        }
        running = executor.execute(BackgroundTask.<int[]>of("Finding runs",
                p -> RunTableSearch.matchingRows(table, query, p)).onSuccess(found::accept));
    }
}
