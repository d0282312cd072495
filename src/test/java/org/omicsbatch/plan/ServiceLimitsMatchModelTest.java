package org.omicsbatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits the validator applies are the service model's, shape by shape. */
class ServiceLimitsMatchModelTest {
    private final ServiceModelChecker model = ServiceModelChecker.omics();

    @Test
    void everyStringRuleHasTheLengthsPatternAndEnumOfItsModelShape() throws Exception {
        int checked = 0;
        for (Field f : ServiceLimits.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != StringRule.class) {
                continue;
            }
            StringRule rule = (StringRule) f.get(null);
            JsonNode shape = model.shape(rule.shape());
            assertThat(rule.min()).as(rule.shape() + " min").isEqualTo(shape.has("min") ? shape.get("min").asInt() : null);
            assertThat(rule.max()).as(rule.shape() + " max").isEqualTo(shape.has("max") ? shape.get("max").asInt() : null);
            assertThat(rule.pattern() == null ? null : rule.pattern().pattern()).as(rule.shape() + " pattern")
                    .isEqualTo(shape.has("pattern") ? shape.get("pattern").asText() : null);
            List<String> values = new ArrayList<>();
            shape.path("enum").forEach(v -> values.add(v.asText()));
            assertThat(rule.enumValues() == null ? List.of() : rule.enumValues()).as(rule.shape() + " enum").isEqualTo(values);
            checked++;
        }
        assertThat(checked).isEqualTo(22);
    }

    @Test
    void numericLimitsAreTheModels() {
        assertThat(model.shape("DefaultRunSettingPriorityInteger").get("max").asInt()).isEqualTo(ServiceLimits.PRIORITY_MAX);
        assertThat(model.shape("InlineSettingPriorityInteger").get("min").asInt()).isEqualTo(ServiceLimits.PRIORITY_MIN);
        assertThat(model.shape("DefaultRunSettingStorageCapacityInteger").get("max").asInt())
                .isEqualTo(ServiceLimits.STORAGE_CAPACITY_MAX);
        assertThat(model.shape("InlineSettings").get("max").asInt()).isEqualTo(ServiceLimits.INLINE_MAX);
        assertThat(model.shape("BatchRunSettings").get("members").get("s3UriSettings").get("documentation").asText()).contains("100,000").contains("6 GB");
        assertThat(model.shape("DefaultRunSetting").get("members").size()).isEqualTo(RunMembers.names().size());
    }

    @Test
    void theCheckerCatchesWhatTheServiceRefuses() throws Exception {
        JsonNode bad = org.omicsbatch.model.Json.mapper().readTree("""
                {"requestId":"","defaultRunSetting":{"workflowId":"abc","priority":100001,"logLevel":"LOUD","bogus":1},
                 "batchRunSettings":{"inlineSettings":[],"s3UriSettings":"s3://b/x"}}""");
        assertThat(model.check("StartRunBatchRequest", bad)).hasSize(9)
                .contains("$.batchRunSettings.inlineSettings: 0 items, fewer than 1", "$.defaultRunSetting: unknown member bogus");
        JsonNode tooMany = org.omicsbatch.model.Json.mapper().valueToTree(java.util.Collections.nCopies(101,
                java.util.Map.of("runSettingId", "r")));
        assertThat(model.check("InlineSettings", tooMany)).containsExactly("$: 101 items, more than 100");
    }
}
