package org.omicsbatch.ui.components.runs;

import javafx.scene.control.Tooltip;

/**
 * What every cell of one column shares when drawn: the column's key, the value an empty cell inherits
 * and the two tooltips (inherited, overridden). Made once per column and kept until the defaults or
 * the columns change, so drawing a cell looks these up instead of computing them.
 */
final class ColumnLook {
    private final RunColumn column;
    private final String inherited;
    private Tooltip inheritedTip;
    private Tooltip overriddenTip;

    ColumnLook(RunColumn column, String inherited) {
        this.column = column;
        this.inherited = inherited;
    }

    /** Whether this look still holds for the column with this default (then its tooltips can stay). */
    boolean isFor(RunColumn definition, String inheritedNow) {
        return column.equals(definition) && java.util.Objects.equals(inherited, inheritedNow);
    }

    String key() {
        return column.key();
    }

    /** The default an empty cell shows, or null. */
    String inherited() {
        return inherited;
    }

    /** Whether a cell's own value is worth highlighting: it differs from the default (ids always do). */
    boolean overrides(String value) {
        return column.kind() != RunColumn.Kind.RUN_SETTING_ID && !value.equals(inherited);
    }

    Tooltip inheritedTip() {
        if (inheritedTip == null) {
            inheritedTip = new Tooltip("From the run defaults: " + inherited);
        }
        return inheritedTip;
    }

    Tooltip overriddenTip() {
        if (overriddenTip == null) {
            overriddenTip = new Tooltip(inherited == null ? "Set for this run only" : "Replaces the default: " + inherited);
        }
        return overriddenTip;
    }
}
