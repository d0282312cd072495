package org.omicsbatch.samplesheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.plan.SettingsFileWriter;
import org.omicsbatch.task.Progress;

class PackedParametersTest {
    private final ParameterPacker packer = new ParameterPacker();

    private static ObjectNode sample() {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("fastq_1", "s3://bucket/a b/S1_R1.fastq.gz");
        o.put("name", "Müller – 北京-肝 😀 \"quoted\" back\\slash");
        o.put("control", "tab\there\nline\u0001\u001f\u007f end");
        o.put("lone", "broken \ud800 surrogate");
        o.put("reads", 150);
        o.put("ratio", new java.math.BigDecimal("0.1500"));
        o.put("flag", true);
        o.putNull("cleared");
        o.putArray("lanes").add("L001").add("L002");
        o.put("empty", "");
        return o;
    }

    @Test
    void readsBackEqualToTheFieldsItWasMadeFrom() {
        ObjectNode plain = sample();
        JsonNode packed = packer.pack(plain.deepCopy());
        assertThat(packed).isInstanceOf(PackedParameters.class);
        assertThat(packed).isEqualTo(plain);
        assertThat(plain).isEqualTo(packed);
        assertThat(packed.hashCode()).isEqualTo(plain.hashCode());
        List<String> names = new ArrayList<>();
        packed.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("fastq_1", "name", "control", "lone", "reads", "ratio", "flag", "cleared",
                "lanes", "empty");
        assertThat(packed.get("name").textValue()).isEqualTo(plain.get("name").textValue());
        assertThat(packed.get("lone").textValue()).isEqualTo("broken \ud800 surrogate");
        assertThat(packed.has("ratio")).isTrue();
        assertThat(packed.has("nope")).isFalse();
        assertThat(packed.get("nope")).isNull();
        assertThat(packed.size()).isEqualTo(10);
        assertThat(packed.toString()).isEqualTo(plain.toString());
    }

    @Test
    void writesTheSettingsFileByteForByteAsAnObjectNodeWould() throws Exception {
        ObjectNode plain = sample();
        InlineSetting a = InlineSetting.builder().runSettingId("S1").parameters(plain).build();
        InlineSetting b = InlineSetting.builder().runSettingId("S1").parameters(packer.pack(plain.deepCopy())).build();
        assertThat(write(b)).isEqualTo(write(a));
        assertThat(Json.mapper().writeValueAsString(b)).isEqualTo(Json.mapper().writeValueAsString(a));
        assertThat(Json.mapper().valueToTree(b).equals(Json.mapper().valueToTree(a))).isTrue();
    }

    @Test
    void everyCharacterIsWrittenAsTheMapperWritesIt() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            if (!Character.isSurrogate(c)) {
                all.append(c);
            }
        }
        all.appendCodePoint(0x1F600).appendCodePoint(0x10FFFF);
        ObjectNode plain = Json.mapper().createObjectNode().put("all", all.toString());
        InlineSetting a = InlineSetting.builder().runSettingId("S1").parameters(plain).build();
        InlineSetting b = InlineSetting.builder().runSettingId("S1").parameters(packer.pack(plain.deepCopy())).build();
        assertThat(write(b)).isEqualTo(write(a));
    }

    @Test
    void textWithAQuestionMarkOrASurrogateAnywhereIsKeptAndWrittenAsTheMapperWritesIt() throws Exception {
        String[] texts = {"plain ascii", "a?b", "?", "trailing \ud800", "\udc00 leading", "x\ud83d\ude00y?",
            "q? \ud800", "Müller?", "北京 \ud83d\ude00", "", "\u00ff\u0080", "only \ud83d"};
        ObjectNode plain = Json.mapper().createObjectNode();
        for (int i = 0; i < texts.length; i++) {
            plain.put("t" + i, texts[i]);
        }
        JsonNode packed = packer.pack(plain.deepCopy());
        assertThat(packed).isEqualTo(plain);
        for (int i = 0; i < texts.length; i++) {
            assertThat(packed.get("t" + i).textValue()).isEqualTo(texts[i]);
        }
        InlineSetting a = InlineSetting.builder().runSettingId("S1").parameters(plain).build();
        InlineSetting b = InlineSetting.builder().runSettingId("S1").parameters(packed).build();
        assertThat(write(b)).isEqualTo(write(a));
    }

    @Test
    void changesUnpackItAndBehaveAsInAnyObjectNode() throws Exception {
        ObjectNode packed = (ObjectNode) packer.pack(sample());
        packed.put("fastq_1", "s3://other/x.fastq.gz");
        packed.put("added", "new");
        packed.remove("reads");
        ObjectNode expected = sample();
        expected.put("fastq_1", "s3://other/x.fastq.gz");
        expected.put("added", "new");
        expected.remove("reads");
        assertThat(packed).isEqualTo(expected);
        InlineSetting a = InlineSetting.builder().runSettingId("S1").parameters(expected).build();
        InlineSetting b = InlineSetting.builder().runSettingId("S1").parameters(packed).build();
        assertThat(write(b)).isEqualTo(write(a));
    }

    @Test
    void removingWhileIteratingKeepsTheRest() {
        ObjectNode packed = (ObjectNode) packer.pack(sample());
        for (Iterator<Map.Entry<String, JsonNode>> it = packed.properties().iterator(); it.hasNext();) {
            if (!it.next().getValue().isTextual()) {
                it.remove();
            }
        }
        assertThat(packed.size()).isEqualTo(5);
        assertThat(packed.get("name").textValue()).startsWith("Müller");
        assertThat(packed.has("reads")).isFalse();
    }

    @Test
    void namesAloneComeInOrderAndCanBeRemoved() {
        ObjectNode packed = (ObjectNode) packer.pack(sample());
        List<String> names = new ArrayList<>();
        packed.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("fastq_1", "name", "control", "lone", "reads", "ratio", "flag", "cleared",
                "lanes", "empty");
        for (Iterator<String> it = packed.fieldNames(); it.hasNext();) {
            if (it.next().startsWith("l")) {
                it.remove();
            }
        }
        assertThat(packed).isEqualTo(sample().remove(List.of("lone", "lanes")));
    }

    @Test
    void namesAreSharedBetweenRunsAndNonObjectsStayAsGiven() {
        JsonNode one = packer.pack(Json.mapper().createObjectNode().put("a", "1").put("b", "2"));
        JsonNode two = packer.pack(Json.mapper().createObjectNode().put("b", "3").put("c", "4"));
        assertThat(one.get("b").textValue()).isEqualTo("2");
        assertThat(two.get("b").textValue()).isEqualTo("3");
        assertThat(two.get("a")).isNull();
        JsonNode text = Json.mapper().getNodeFactory().textNode("x");
        assertThat(packer.pack(text)).isSameAs(text);
    }

    @Test
    void tagsPackedReadBackInOrderAndChangeLikeAnyMap() throws Exception {
        Map<String, String> plain = new java.util.LinkedHashMap<>();
        plain.put("patient_id", "P-17");
        plain.put("tissue", "colon, sigmoid – Müller 北京");
        plain.put("empty", "");
        Map<String, String> packed = packer.packTags(new java.util.LinkedHashMap<>(plain));
        assertThat(packed).isInstanceOf(PackedTags.class).isEqualTo(plain).containsExactlyEntriesOf(plain);
        assertThat(packed.hashCode()).isEqualTo(plain.hashCode());
        assertThat(packed.get("tissue")).isEqualTo(plain.get("tissue"));
        assertThat(packed.get("nope")).isNull();
        InlineSetting a = InlineSetting.builder().runSettingId("S1").runTags(plain).build();
        InlineSetting b = InlineSetting.builder().runSettingId("S1").runTags(packed).build();
        assertThat(write(b)).isEqualTo(write(a));
        packed.keySet().removeIf(k -> k.equals("empty"));
        packed.put("batch", "B2");
        plain.remove("empty");
        plain.put("batch", "B2");
        assertThat(packed).containsExactlyEntriesOf(plain);
    }

    @Test
    void tagsWithANullValueOrASurrogateStayAsGiven() {
        Map<String, String> withNull = new java.util.LinkedHashMap<>();
        withNull.put("a", null);
        assertThat(packer.packTags(withNull)).isSameAs(withNull);
        Map<String, String> emoji = new java.util.LinkedHashMap<>(Map.of("a", "\uD83E\uDDEC"));
        assertThat(packer.packTags(emoji)).isSameAs(emoji);
    }

    private static String write(InlineSetting run) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SettingsFileWriter.write(List.of(run, run), out, Progress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
