package org.omicsbatch.ui.components.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A pasted column longer than the table is wide: every new run keeps its value (it used to stop at the column count). */
class PasteManyRowsTest {

    @Test
    void pastingMoreRowsThanTheTableHasColumnsKeepsEveryValue() {
        RunTableModel model = new RunTableModel();
        RunTableEditor editor = new RunTableEditor(model);
        String ids = IntStream.range(0, 40).mapToObj(i -> "S-" + i + "-TP").collect(Collectors.joining("\n"));

        var result = editor.paste(ids, new int[0], 0);

        assertThat(result.rowsAdded()).isEqualTo(40);
        assertThat(model.columnCount()).isLessThan(40);
        assertThat(IntStream.range(0, 40).mapToObj(r -> model.get(r, 0)).toList())
                .isEqualTo(IntStream.range(0, 40).mapToObj(i -> "S-" + i + "-TP").toList());
        editor.undo();
        assertThat(model.rowCount()).isZero();
    }
}
