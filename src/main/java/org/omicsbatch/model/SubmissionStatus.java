package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The service's {@code SubmissionStatus} of one run of a batch. */
public enum SubmissionStatus {
    SUCCESS, FAILED, CANCEL_SUCCESS, CANCEL_FAILED, DELETE_SUCCESS, DELETE_FAILED, UNKNOWN_TO_SDK_VERSION;

    @JsonCreator
    public static SubmissionStatus fromValue(String value) {
        return Enums.parse(SubmissionStatus.class, value, UNKNOWN_TO_SDK_VERSION);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
