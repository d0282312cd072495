package org.omicsbatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.task.Progress;

class SettingsSizeBoundTest {

    @Test
    void boundIsNeverBelowTheWrittenFileForEscapesUnicodeNumbersAndNesting() throws Exception {
        ObjectNode p = Json.mapper().createObjectNode();
        p.put("reads", "s3://bucket/Müller/北京/\"quoted\", with\ttab\u0001ctrl\uD83E\uDDEC.fastq.gz");
        p.put("big", new BigDecimal("1E+40")).put("exact", new BigDecimal("0.000000000000000000001")).put("n", -123456789L)
                .put("flag", true).putNull("none");
        p.putArray("lanes").add("L001").add(2).addObject().put("nested", "\\path\\");
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("patient", "Zoë \"P-1\"");
        List<InlineSetting> runs = List.of(
                InlineSetting.builder().runSettingId("S1").name("Γιάννης").outputUri("s3://out/").priority(100000)
                        .outputBucketOwnerId("123456789012").parameters(p).runTags(tags).build(),
                InlineSetting.builder().runSettingId("S2").build());

        long written = SettingsFileWriter.size(runs, Progress.NONE);

        assertThat(SettingsSizeBound.of(runs)).isGreaterThanOrEqualTo(written);
        assertThat(SettingsSizeBound.of(List.of())).isGreaterThanOrEqualTo(SettingsFileWriter.size(List.of(), Progress.NONE));
    }

    @Test
    void boundOfATypicalRunStaysWithinAFewTimesItsSize() throws Exception {
        List<InlineSetting> runs = TestData.somaticDraft(200).runs();
        long written = SettingsFileWriter.size(runs, Progress.NONE);
        // loose enough to be cheap, tight enough that a normal batch never needs the exact count
        assertThat(SettingsSizeBound.of(runs)).isBetween(written, 7 * written);
    }
}
