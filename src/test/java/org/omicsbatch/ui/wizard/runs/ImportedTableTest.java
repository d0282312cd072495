package org.omicsbatch.ui.wizard.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;

/** An import hands the draft the runs it read, not an equal second set made from the table. */
class ImportedTableTest {

    private static InlineSetting run(String id, String depth) {
        ObjectNode parameters = Json.mapper().createObjectNode().put("sample", id + "-sample").put("depth", depth);
        return InlineSetting.builder().runSettingId(id).name("run-" + id).parameters(parameters).build();
    }

    @Test
    void theDraftKeepsTheImportedRunObjectsWhenTheTableConvertsToEqualRuns() {
        List<InlineSetting> imported = List.of(run("S1", "30"), run("S2", "40"));

        WriteBack written = ImportedTable.of(imported, List.of(), List.of(), List.of()).written();

        assertThat(written.runs()).hasSize(2);
        assertThat(written.runs().get(0)).isSameAs(imported.get(0));
        assertThat(written.runs().get(1)).isSameAs(imported.get(1));
        assertThat(written.problems()).isEmpty();
    }

    @Test
    void theDraftStoresTheConvertedListAsItIsWithNoCopyOnTheFxThread() {
        List<InlineSetting> imported = List.of(run("S1", "30"), run("S2", "40"));
        WriteBack written = ImportedTable.of(imported, List.of(), List.of(), List.of()).written();

        BatchDraft draft = BatchDraft.empty().withRuns(written.runs());

        assertThat(draft.runs()).isSameAs(written.runs());
    }

    @Test
    void aJsonColumnGivesTheDraftTheConvertedRunInsteadOfTheImportedText() {
        List<InlineSetting> imported = List.of(run("S1", "30"));

        WriteBack written = ImportedTable.of(imported, List.of(), List.of("depth"), List.of()).written();

        InlineSetting stored = written.runs().get(0);
        assertThat(stored).isNotSameAs(imported.get(0));
        assertThat(stored.parameters().get("depth").isNumber()).isTrue();
        assertThat(stored.parameters().get("depth").intValue()).isEqualTo(30);
    }
}
