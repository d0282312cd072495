package org.omicsbatch.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

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

    /** What bounds the object's size in the settings file without reading it, or null when not known. */
    SizeCounts sizeCounts();

    /**
     * @param fields      number of fields
     * @param nameChars   characters of all field names
     * @param textBytes   UTF-8 bytes of all text values (at least their characters)
     * @param otherValues the values that are not text, to be measured as nodes
     */
    record SizeCounts(int fields, long nameChars, long textBytes, List<JsonNode> otherValues) {
    }
}
