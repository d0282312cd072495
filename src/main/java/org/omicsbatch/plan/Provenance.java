package org.omicsbatch.plan;

/** Where a run's merged value came from: the batch's {@code defaultRunSetting} or the run's own {@code InlineSetting}. */
public enum Provenance {
    DEFAULT, RUN
}
