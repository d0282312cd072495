package org.omicsbatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.task.Progress;

class PreviewTableTest {

    private static List<Map<String, String>> preview(BatchDraft draft) throws Exception {
        StringWriter out = new StringWriter();
        PreviewTable.write(draft, out, Progress.NONE);
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(out.toString())) {
            return rows.readAll();
        }
    }

    @Test
    void writesNonTextParameterValuesAsJsonAndTextAsIs() throws Exception {
        ObjectNode params = TestData.testParameters(TestData.FASTQ_TO_BAM);
        params.put("run_malt", true).put("ratio", new java.math.BigDecimal("25.080"));
        BatchDraft draft = TestData.somaticDraft(0).withRuns(List.of(
                InlineSetting.builder().runSettingId("a").parameters(params).priority(3).build(),
                InlineSetting.builder().runSettingId("b").runTags(Map.of("sample", "b")).build()));
        List<Map<String, String>> rows = preview(draft);
        assertThat(rows).hasSize(2);
        Map<String, String> a = rows.get(0);
        assertThat(a.get("param:sample_name")).isEqualTo("ERR194159-30x");
        assertThat(a.get("param:run_malt")).isEqualTo("true");
        assertThat(a.get("param:ratio")).isEqualTo("25.080");
        assertThat(Json.mapper().readTree(a.get("param:fastq_pairs"))).isEqualTo(params.get("fastq_pairs"));
        assertThat(a.get("priority")).isEqualTo("3");
        assertThat(a.get("tag:project")).isEqualTo("somatic");
        assertThat(a.get("tag:sample")).isEmpty();
        Map<String, String> b = rows.get(1);
        assertThat(b.get("param:sample_name")).isEmpty();
        assertThat(b.get("param:gnomad")).isEqualTo(TestData.somaticDefaults().parameters().get("gnomad").asText())
                .startsWith("s3://omics-");
        assertThat(b.get("tag:sample")).isEqualTo("b");
        assertThat(b.get("priority")).isEmpty();
    }

    @Test
    void listsRunSettingIdThenMembersInModelOrderThenParametersThenTags() throws Exception {
        StringWriter out = new StringWriter();
        PreviewTable.write(TestData.somaticDraft(1), out, Progress.NONE);
        String header = out.toString().lines().findFirst().orElseThrow();
        assertThat(header).startsWith("runSettingId,workflowId,roleArn,name,outputUri,storageType,param:")
                .endsWith(",tag:project").doesNotContain("cost-center");
    }
}
