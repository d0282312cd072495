package org.omicsbatch.plan;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Answers, for a {@code parameters} object, the questions validation asks of every run without making
 * each value: the runs of an imported sheet keep their parameters packed, and reading 100,000 runs'
 * values back three times (for null overrides, local files and the settings-file size) was most of
 * validation's work. An object that implements this is still an ordinary {@link JsonNode}; "may"
 * answers true whenever unsure.
 */
public interface ParameterFacts {

    /** False only when no value is a JSON null. */
    boolean mayHoldNull();

    /** False only when no value, at any depth, can be a {@code file:} reference ({@link LocalFiles}). */
    boolean mayHoldLocalFile();

    /** Visits every field with the UTF-8 length of its text, or with its value when it is not text. */
    void forEachFieldSize(FieldSize visitor);

    /** One field: {@code textBytes} is -1 when the value is not text, and {@code value} null when it is. */
    interface FieldSize {
        void accept(String name, int textBytes, JsonNode value);
    }
}
