package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The service's {@code RunStatus}: the execution state of one workflow run. */
public enum RunStatus {
    PENDING, STARTING, RUNNING, STOPPING, COMPLETED, DELETED, CANCELLED, FAILED, UNKNOWN_TO_SDK_VERSION;

    @JsonCreator
    public static RunStatus fromValue(String value) {
        return Enums.parse(RunStatus.class, value, UNKNOWN_TO_SDK_VERSION);
    }

    @JsonValue
    public String value() {
        return name();
    }

    public boolean isTerminal() {
        return this == COMPLETED || this == DELETED || this == CANCELLED || this == FAILED;
    }
}
