package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The service's {@code BatchStatus}. A value newer than this client becomes {@link #UNKNOWN_TO_SDK_VERSION}. */
public enum BatchStatus {
    CREATING, PENDING, SUBMITTING, INPROGRESS, STOPPING, CANCELLED, FAILED, PROCESSED,
    RUNS_DELETING, RUNS_DELETED, UNKNOWN_TO_SDK_VERSION;

    @JsonCreator
    public static BatchStatus fromValue(String value) {
        return Enums.parse(BatchStatus.class, value, UNKNOWN_TO_SDK_VERSION);
    }

    @JsonValue
    public String value() {
        return name();
    }

    /** States after which nothing changes unless the user deletes runs or the batch. */
    public boolean isTerminal() {
        return this == PROCESSED || this == FAILED || this == CANCELLED || this == RUNS_DELETED;
    }

    /** CancelRunBatch: "only allowed on batches in PENDING, SUBMITTING, or INPROGRESS state". */
    public boolean canCancel() {
        return this == PENDING || this == SUBMITTING || this == INPROGRESS;
    }

    /** DeleteRunBatch: "only allowed on batches in PROCESSED or CANCELLED state". */
    public boolean canDeleteRuns() {
        return this == PROCESSED || this == CANCELLED;
    }

    /** DeleteBatch: "requires the batch to be in a terminal state". */
    public boolean canDeleteBatch() {
        return isTerminal();
    }
}
