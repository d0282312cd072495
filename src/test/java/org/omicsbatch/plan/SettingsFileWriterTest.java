package org.omicsbatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.task.Progress;

class SettingsFileWriterTest {

    @Test
    void eachLineIsTheRunAsTheSharedMapperWritesItForTheRequest() throws Exception {
        List<InlineSetting> runs = new ArrayList<>(TestData.somaticDraft(3).runs());
        ObjectNode p = Json.mapper().createObjectNode().put("reads", "s3://b/Müller \"q\"\t\uD83E\uDDEC.fastq.gz")
                .put("exact", new BigDecimal("0.1500")).putNull("cleared");
        p.putArray("lanes").add("L001").addObject().put("n", 2);
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("patient", "P-1");
        tags.put("none", null);
        runs.add(InlineSetting.builder().runSettingId("S9").name("Γιάννης").outputUri("s3://out/").priority(5)
                .outputBucketOwnerId("123456789012").parameters(p).runTags(tags)
                .unknownMembers(Map.of("appOnly", Json.mapper().getNodeFactory().textNode("x"))).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SettingsFileWriter.write(runs, out, Progress.NONE);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(runs.size() + 2);
        assertThat(lines[0]).isEqualTo("[");
        assertThat(lines[lines.length - 1]).isEqualTo("]");
        for (int i = 0; i < runs.size(); i++) {
            String line = lines[i + 1];
            String expected = new String(Json.mapper().writeValueAsBytes(RequestRenderer.forRequest(runs.get(i))),
                    StandardCharsets.UTF_8);
            assertThat(i < runs.size() - 1 ? line.substring(0, line.length() - 1) : line).isEqualTo(expected);
        }
        assertThat(lines[runs.size()]).doesNotContain("appOnly").doesNotContain("none").contains("\"priority\":5");
    }
}
