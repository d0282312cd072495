package org.omicsbatch.ui.components.runs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TabularTextTest {

    @Test
    void readsTabsAndWindowsLineBreaksWithoutAnExtraRow() {
        assertThat(TabularText.parse("a\tb\r\nc\td\r\n")).isDeepEqualTo(new String[][] {{"a", "b"}, {"c", "d"}});
    }

    @Test
    void readsQuotedCellsHoldingTabsNewlinesAndQuotes() {
        assertThat(TabularText.parse("\"x\ty\"\t\"say \"\"hi\"\"\"\n\"two\nlines\""))
                .isDeepEqualTo(new String[][] {{"x\ty", "say \"hi\""}, {"two\nlines"}});
    }

    @Test
    void keepsEmptyCells() {
        assertThat(TabularText.parse("a\t\t\n")).isDeepEqualTo(new String[][] {{"a", "", ""}});
    }

    @Test
    void formatThenParseGivesTheSameBlock() {
        String[][] block = {{"a\tb", null, "\"q\""}, {"line\nbreak", "x", ""}};
        String[][] back = TabularText.parse(TabularText.format(block));
        assertThat(back).isDeepEqualTo(new String[][] {{"a\tb", "", "\"q\""}, {"line\nbreak", "x", ""}});
    }
}
