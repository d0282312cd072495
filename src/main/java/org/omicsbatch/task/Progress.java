package org.omicsbatch.task;

/**
 * How long core work (import, validation, rendering, uploads, sync) reports where it is and learns
 * that the user cancelled. The core knows nothing of JavaFX: the desktop app adapts this to a
 * {@code Task}'s progress, the command line to a line on stderr.
 */
public interface Progress {

    /** No reporting, never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Reports nothing and is cancelled once {@code cancelled} says so (a flag the caller owns). */
    static Progress cancelledWhen(java.util.function.BooleanSupplier cancelled) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }

    /** {@code total} is -1 when unknown. Called often; implementations must be cheap. */
    void update(long done, long total, String message);

    boolean isCancelled();

    /** Long loops call this between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new Cancelled();
        }
    }

    /** Thrown by {@link #checkCancelled()}; callers treat it as a normal end, never as an error. */
    final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}
