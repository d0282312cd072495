package org.omicsbatch.ui.components.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;

class InlineSettingsCodecTest {

    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    @Test
    void runsGoThroughTheTableUnchanged() throws Exception {
        List<InlineSetting> runs = List.of(
                InlineSetting.builder().runSettingId("WT_REP1").name("wt-1").priority(5)
                        .parameters(json("{\"fastq_1\":\"s3://b/WT_REP1_1.fastq.gz\",\"cpus\":4}"))
                        .runTags(Map.of("sample", "WT_REP1")).build(),
                InlineSetting.builder().runSettingId("RAP1_IAA_30M_REP1").outputUri("s3://b/out/")
                        .outputBucketOwnerId("123456789012")
                        .parameters(json("{\"fastq_1\":\"s3://b/RAP1_1.fastq.gz\",\"cpus\":\"8\"}"))
                        .unknownMembers(Map.of("futureMember", json("{\"x\":1}"))).build());
        RunTableModel table = InlineSettingsCodec.toTable(runs, List.of());
        InlineSettingsCodec.Conversion back = InlineSettingsCodec.toInlineSettings(table);
        assertThat(back.problems()).isEmpty();
        JsonNode expected = Json.mapper().valueToTree(runs);
        JsonNode actual = Json.mapper().valueToTree(back.runs());
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aColumnHoldingANonStringValueIsTypedJson() throws Exception {
        RunTableModel table = InlineSettingsCodec.toTable(List.of(
                InlineSetting.builder().runSettingId("a").parameters(json("{\"cpus\":4,\"genome\":\"GRCh38\"}")).build(),
                InlineSetting.builder().runSettingId("b").parameters(json("{\"cpus\":\"8\"}")).build()), List.of());
        int cpus = table.columnIndex("param:cpus");
        assertThat(table.column(cpus).type()).isEqualTo(RunColumn.ValueType.JSON);
        assertThat(table.get(1, cpus)).as("a string in a JSON column is shown quoted").isEqualTo("\"8\"");
        assertThat(table.column(table.columnIndex("param:genome")).type()).isEqualTo(RunColumn.ValueType.TEXT);
    }

    @Test
    void textColumnsSendStringsEvenWhenTheyLookLikeNumbers() {
        RunTableModel table = new RunTableModel();
        RunTableEditor editor = new RunTableEditor(table);
        editor.addColumn(RunColumn.parameter("min_reads", RunColumn.ValueType.TEXT));
        editor.paste("s1\t\t\t\t\t1000", new int[0], 0);
        JsonNode value = InlineSettingsCodec.toInlineSettings(table).runs().get(0).parameters().get("min_reads");
        assertThat(value.isTextual()).isTrue();
        editor.setColumnType(5, RunColumn.ValueType.JSON);
        value = InlineSettingsCodec.toInlineSettings(table).runs().get(0).parameters().get("min_reads");
        assertThat(value.isNumber()).isTrue();
    }

    @Test
    void emptyCellsInheritTheDefault() {
        RunTableModel table = new RunTableModel();
        RunTableEditor editor = new RunTableEditor(table);
        editor.addColumn(RunColumn.parameter("fastq_2", RunColumn.ValueType.TEXT));
        editor.addColumn(RunColumn.tag("project"));
        editor.paste("s1", new int[0], 0);
        InlineSetting run = InlineSettingsCodec.toInlineSettings(table).runs().get(0);
        assertThat(run.parameters()).isNull();
        assertThat(run.runTags()).isNull();
        assertThat(run.priority()).isNull();
    }

    @Test
    void templateParametersGetAColumnEvenWhenNoRunSetsThem() {
        RunTableModel table = InlineSettingsCodec.toTable(List.of(), List.of("input", "outdir"));
        assertThat(table.columnIndex("param:input")).isEqualTo(5);
        assertThat(table.columnIndex("param:outdir")).isEqualTo(6);
    }

    @Test
    void namesCellsThatCannotBecomeValues() {
        RunTableModel table = new RunTableModel();
        RunTableEditor editor = new RunTableEditor(table);
        editor.addColumn(RunColumn.parameter("opts", RunColumn.ValueType.JSON));
        editor.paste("s1\t\t\t\thigh\t{\"a\":\ns2\t\t\t\t7\t12 monkeys", new int[0], 0);
        InlineSettingsCodec.Conversion conversion = InlineSettingsCodec.toInlineSettings(table);
        assertThat(conversion.problems()).extracting(CellProblem::row, CellProblem::columnKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "priority"), org.assertj.core.groups.Tuple.tuple(0, "param:opts"),
                org.assertj.core.groups.Tuple.tuple(1, "param:opts"));
        assertThat(conversion.problems().get(0).message()).contains("\"high\" is not a whole number");
        assertThat(conversion.runs().get(1).priority()).isEqualTo(7);
    }
}
