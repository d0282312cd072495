package org.omicsbatch.ui.wizard.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.Json;

/** The form's choice lists are the service model's enums, in the model's order. */
class ServiceChoicesTest {
    private static JsonNode shapes;

    @BeforeAll
    static void readModel() throws Exception {
        try (InputStream in = new GZIPInputStream(ServiceChoicesTest.class
                .getResourceAsStream("/service-model/omics-2022-11-28-service-2.json.gz"))) {
            shapes = Json.mapper().readTree(in).get("shapes");
        }
    }

    private static List<String> enumOf(String shape) {
        List<String> values = new ArrayList<>();
        shapes.get(shape).get("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void matchTheServiceModel() {
        assertThat(ServiceChoices.STORAGE_TYPE).isEqualTo(enumOf("StorageType"));
        assertThat(ServiceChoices.RETENTION_MODE).isEqualTo(enumOf("RunRetentionMode"));
        assertThat(ServiceChoices.LOG_LEVEL).isEqualTo(enumOf("RunLogLevel"));
        assertThat(ServiceChoices.CACHE_BEHAVIOR).isEqualTo(enumOf("CacheBehavior"));
        assertThat(ServiceChoices.NETWORKING_MODE).isEqualTo(enumOf("NetworkingMode"));
    }
}
