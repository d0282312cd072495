package org.omicsbatch.samplesheet;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.omicsbatch.model.Json;
import org.omicsbatch.plan.ParameterFacts;

/**
 * A run's {@code parameters} as imported from a sheet: an ordinary {@link ObjectNode} to every
 * reader (equal to the same fields in any other object node, changeable), whose fields are kept
 * packed (see {@link ParameterPacker}). Written to a UTF-8 generator, as the settings file is, the
 * text goes out from its bytes without becoming strings first.
 */
final class PackedParameters extends ObjectNode implements ParameterFacts {
    private static final long serialVersionUID = 1L;

    private final transient PackedFields fields;

    PackedParameters(PackedFields fields) {
        super(Json.mapper().getNodeFactory(), fields);
        this.fields = fields;
    }

    @Override
    public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
        if (!fields.isPacked() || !(g instanceof UTF8JsonGenerator) || !writesAllAsIs(provider)) {
            super.serialize(g, provider);
            return;
        }
        g.writeStartObject(this, fields.size());
        fields.writeFields(g, provider);
        g.writeEndObject();
    }

    @Override
    public boolean mayHoldNull() {
        return fields.may(PackedFields.MAY_HOLD_NULL);
    }

    @Override
    public boolean mayHoldLocalFile() {
        return fields.may(PackedFields.MAY_HOLD_LOCAL_FILE);
    }

    @Override
    public SizeCounts sizeCounts() {
        return fields.sizeCounts();
    }

    /** The shortcut holds only when the writer neither drops, sorts nor filters fields. */
    private static boolean writesAllAsIs(SerializerProvider provider) {
        return provider == null || provider.isEnabled(SerializationFeature.WRITE_EMPTY_JSON_ARRAYS)
                && provider.isEnabled(JsonNodeFeature.WRITE_NULL_PROPERTIES)
                && !provider.isEnabled(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
                && !provider.isEnabled(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }
}
