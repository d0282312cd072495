package org.omicsbatch.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.Map;
import org.omicsbatch.model.InlineSetting;

/**
 * Writes one run of the settings file member by member, exactly as the mapper writes an
 * {@link InlineSetting} (its {@code @JsonPropertyOrder}, null members left out, the same generator
 * calls), without the bean serializer's reflective look-up of seven members per run, and with packed
 * tags written from their bytes ({@link WritesJson}). A run with members the model does not know goes
 * through the mapper, and so does one whose tags are an ordinary map (its null values and keys are
 * the mapper's business). Test {@code RunWriterTest} and {@code FastImportEqualityTest} compare the bytes.
 */
final class RunWriter {
    private RunWriter() {
    }

    static void write(InlineSetting run, JsonGenerator g, SerializerProvider context) throws IOException {
        if (!run.unknownMembers().isEmpty()
                || (run.runTags() != null && !(run.runTags() instanceof WritesJson w && w.writesJson()))) {
            context.defaultSerializeValue(run, g); // the mapper's own way for anything but packed tags
            return;
        }
        g.writeStartObject(run);
        text(g, "runSettingId", run.runSettingId());
        text(g, "name", run.name());
        text(g, "outputUri", run.outputUri());
        if (run.priority() != null) {
            g.writeFieldName("priority");
            g.writeNumber(run.priority().intValue());
        }
        if (run.parameters() != null) {
            g.writeFieldName("parameters");
            context.defaultSerializeValue(run.parameters(), g);
        }
        text(g, "outputBucketOwnerId", run.outputBucketOwnerId());
        if (run.runTags() != null) {
            g.writeFieldName("runTags");
            tags(run.runTags(), g);
        }
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String member, String value) throws IOException {
        if (value != null) {
            g.writeFieldName(member);
            g.writeString(value);
        }
    }

    private static void tags(Map<String, String> tags, JsonGenerator g) throws IOException {
        ((WritesJson) tags).writeJson(g);
    }
}
