package org.omicsbatch.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.samplesheet.ColumnMapping;
import org.omicsbatch.samplesheet.ImportOptions;
import org.omicsbatch.samplesheet.MappingTarget;
import org.omicsbatch.samplesheet.SheetImporter;
import org.omicsbatch.task.Progress;

/** Each run of the settings file is the mapper's own JSON for that run, whichever way the run was made. */
public class RunWriterTest {
    @TempDir
    Path dir;

    /** The settings file as the mapper writes each run: one per line in an array. */
    public static String asTheMapperWrites(List<InlineSetting> runs) throws Exception {
        if (runs.isEmpty()) {
            return "[]\n";
        }
        List<String> lines = new ArrayList<>();
        for (InlineSetting r : runs) {
            // as UTF-8 bytes, as the file is written (the byte generator escapes a character beyond U+FFFF)
            lines.add(new String(Json.mapper().writeValueAsBytes(RequestRenderer.forRequest(r)), StandardCharsets.UTF_8));
        }
        return "[\n" + String.join(",\n", lines) + "\n]\n";
    }

    private static String written(List<InlineSetting> runs) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SettingsFileWriter.write(runs, out, Progress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyKindOfRunIsWrittenAsTheMapperWritesIt() throws Exception {
        ObjectNode params = Json.mapper().createObjectNode().put("a", "x\"y\\z\t").put("n", 3);
        params.putArray("list").add("L1").add(2.5);
        params.putNull("cleared");
        Map<String, String> withNull = new LinkedHashMap<>();
        withNull.put("k", null);
        withNull.put("j", "v");
        List<InlineSetting> runs = new ArrayList<>();
        runs.add(InlineSetting.builder().runSettingId("only-id").build());
        runs.add(InlineSetting.builder().runSettingId("all").name("Müller 北京 😀").outputUri("s3://o/").priority(7)
                .parameters(params).outputBucketOwnerId("123456789012").runTags(Map.of("t", "v")).build());
        runs.add(InlineSetting.builder().runSettingId("null tag value").runTags(withNull).build());
        runs.add(InlineSetting.builder().runSettingId("empty tags").runTags(new HashMap<>()).parameters(
                Json.mapper().createObjectNode()).build());
        runs.add(InlineSetting.builder().name("no id").priority(0).unknownMembers(
                Map.of("futureMember", Json.mapper().getNodeFactory().textNode("kept out"))).build());
        runs.addAll(importedRuns());
        assertThat(written(runs)).isEqualTo(asTheMapperWrites(runs));
        assertThat(written(List.of())).isEqualTo(asTheMapperWrites(List.of()));
    }

    @Test
    void manyRunsAreWrittenInOrderAsTheMapperWritesThem() throws Exception {
        int piece = 64;
        for (int n : new int[] {1, piece - 1, piece, piece + 1, 2 * piece, 2 * piece + 1, 3 * piece, 3 * piece + 1, 1000}) {
            List<InlineSetting> runs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                runs.add(InlineSetting.builder().runSettingId("S" + i).name(i % 3 == 0 ? "Müller " + i : null)
                        .parameters(Json.mapper().createObjectNode().put("reads", "s3://b/" + i)).build());
            }
            assertThat(written(runs)).as("%d runs", n).isEqualTo(asTheMapperWrites(runs));
        }
    }

    @Test
    void cancellingWhileWritingStops() {
        List<InlineSetting> runs = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            runs.add(InlineSetting.builder().runSettingId("S" + i).build());
        }
        Progress cancelLater = new Progress() {
            private int updates;

            @Override
            public void update(long done, long total, String message) {
                updates++;
            }

            @Override
            public boolean isCancelled() {
                return updates > 3;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> SettingsFileWriter.write(runs, new ByteArrayOutputStream(), cancelLater))
                .isInstanceOf(Progress.Cancelled.class);
    }

    @Test
    void packedTagsChangedAfterTheImportAreWrittenAsTheMapperWritesThem() throws Exception {
        List<InlineSetting> runs = importedRuns();
        runs.get(0).runTags().put("added", "later");
        runs.get(1).runTags().remove("tissue");
        runs.get(2).runTags().put("tissue", null);
        assertThat(written(runs)).isEqualTo(asTheMapperWrites(runs));
    }

    private List<InlineSetting> importedRuns() throws Exception {
        Path sheet = Files.writeString(dir.resolve("s.csv"), "sample,tissue,patient,reads\n"
                + "S1,\"colon, sigmoid\",P-1,s3://b/S1.fq.gz\n"
                + "S2,\"a \"\"quoted\"\" \\\\ tissue\",Müller 北京,s3://b/S2.fq.gz\n"
                + "S3,emoji 😀 tissue,P\t3,\n"
                + "S4,,,\n", StandardCharsets.UTF_8);
        ColumnMapping m = ColumnMapping.empty().withColumn("sample", MappingTarget.RUN_SETTING_ID)
                .withColumn("tissue", MappingTarget.tag("tissue")).withColumn("patient", MappingTarget.tag("patient"))
                .withColumn("reads", MappingTarget.param("reads"));
        return new ArrayList<>(SheetImporter.importSheet(sheet, ImportOptions.defaults().withMapping(m), Progress.NONE).runs());
    }
}
