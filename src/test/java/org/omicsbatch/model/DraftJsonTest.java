package org.omicsbatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class DraftJsonTest {

    @Test
    void keepsUnknownMembersParameterOrderAndExactNumbers() throws Exception {
        String json = """
                {"batchName":"b","futureMember":{"x":[1,2]},"defaultRunSetting":{"workflowId":"123","roleArn":"arn:aws:iam::1:role/r",
                "parameters":{"z":1,"a":25.080,"big":12345678901234567890,"arr":[true,null,"s"]},"newField":"kept"},
                "batchRunSettings":{"inlineSettings":[{"runSettingId":"r1","parameters":{"a":1.0},"extra":3}]},
                "omicsBatchLauncher":{"settingsUri":"s3://b/p/","later":1}}""";
        BatchDraft draft = Json.mapper().readValue(json, BatchDraft.class);
        assertThat(draft.defaultRunSetting().unknownMembers()).containsKey("newField");
        assertThat(draft.runs().get(0).unknownMembers()).containsKey("extra");
        assertThat(draft.app().settingsUri()).isEqualTo("s3://b/p/");

        JsonNode original = Json.mapper().readTree(json);
        JsonNode written = Json.mapper().readTree(Json.mapper().writeValueAsString(draft));
        assertThat(written).isEqualTo(original);
        assertThat(Json.mapper().writeValueAsString(draft.defaultRunSetting().parameters()))
                .isEqualTo("{\"z\":1,\"a\":25.080,\"big\":12345678901234567890,\"arr\":[true,null,\"s\"]}");
    }

    @Test
    void unknownStatusesNeverCrash() throws Exception {
        Batch b = Json.mapper().readValue("{\"id\":\"1\",\"status\":\"HIBERNATING\"}", Batch.class);
        assertThat(b.status()).isEqualTo(BatchStatus.UNKNOWN_TO_SDK_VERSION);
        assertThat(Json.mapper().readValue("\"CREATING\"", BatchStatus.class)).isEqualTo(BatchStatus.CREATING);
    }
}
