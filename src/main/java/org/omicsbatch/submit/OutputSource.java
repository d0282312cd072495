package org.omicsbatch.submit;

/**
 * How the monitor knows a run's output location. HealthOmics writes a run's outputs under its own
 * {@code outputUri} (the run setting's, else the batch default's) followed by its run id; whether that
 * {@code outputUri} is known depends on who submitted the batch.
 */
public enum OutputSource {
    /** From the submission journaled on this machine: the run's own {@code outputUri}, or the default. */
    SUBMISSION("submission"),
    /** Reported by the service (GetRun's {@code runOutputUri}). */
    SERVICE("service"),
    /**
     * The batch default followed by the run id: the batch was not submitted from here (or its run
     * settings are no longer known), so a run that set its own {@code outputUri} writes elsewhere.
     */
    EXPECTED("expected");

    private final String label;

    OutputSource(String label) {
        this.label = label;
    }

    /** The word the CSV and the runs table use. */
    public String label() {
        return label;
    }
}
