package org.omicsbatch.ui.wizard.runs;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.omicsbatch.task.Progress;

/**
 * One piece of background work of the Runs or Review step, as the view sees it: progress (0..1, or -1
 * while unknown), a message, whether it runs, and cancel. The properties change on the FX thread
 * (or the caller's thread with {@link StepWork#direct()}).
 */
public final class StepJob {
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
    private volatile boolean cancelled;

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    void report(long done, long total, String text) {
        progress.set(total > 0 ? (double) done / total : -1);
        message.set(text == null ? "" : text);
    }

    void finished() {
        running.set(false);
    }

    /** The core's view of this job; {@code publish} hands updates to the thread that owns the properties. */
    Progress asProgress(java.util.function.Consumer<Runnable> publish) {
        return new Progress() {
            @Override
            public void update(long done, long total, String text) {
                publish.accept(() -> report(done, total, text));
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }
}
