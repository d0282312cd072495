package org.omicsbatch.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A map of text (an imported run's packed {@code runTags}) that can write itself as the JSON object the
 * mapper would write for it, from the text it already holds as UTF-8, without making its strings.
 */
public interface WritesJson {
    /** False once it can no longer (it was changed): the mapper then writes it. */
    boolean writesJson();

    void writeJson(JsonGenerator g) throws IOException;
}
