package org.omicsbatch.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.Json;

/** Every help text is the service model's documentation of the member it is keyed by: extracted, not written. */
class FieldHelpTest {

    @Test
    void everyEntryIsTheServiceModelsDocumentationOfItsMember() throws Exception {
        JsonNode shapes;
        try (InputStream in = new GZIPInputStream(FieldHelpTest.class
                .getResourceAsStream("/service-model/omics-2022-11-28-service-2.json.gz"))) {
            shapes = Json.mapper().readTree(in).get("shapes");
        }
        FieldHelp help = FieldHelp.load();
        assertThat(help.keys()).hasSizeGreaterThan(25);
        for (String key : help.keys()) {
            String[] parts = key.split("\\.", 2);
            JsonNode doc = shapes.path(parts[0]).path("members").path(parts[1]).path("documentation");
            assertThat(doc.isTextual()).as(key + " exists in the model").isTrue();
            assertThat(help.get(key)).as(key).isEqualTo(plain(doc.asText()));
        }
    }

    @Test
    void coversEveryMemberOfDefaultRunSetting() {
        FieldHelp help = FieldHelp.load();
        for (String member : new String[] {"workflowId", "workflowType", "roleArn", "name", "cacheId",
            "cacheBehavior", "runGroupId", "priority", "parameters", "storageCapacity", "outputUri", "logLevel",
            "runTags", "retentionMode", "storageType", "workflowOwnerId", "outputBucketOwnerId",
            "workflowVersionName", "networkingMode", "configurationName"}) {
            assertThat(help.get("DefaultRunSetting." + member)).as(member).isNotBlank();
        }
    }

    /** Tags removed, entities decoded, white space collapsed: how the resource was generated. */
    private static String plain(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
