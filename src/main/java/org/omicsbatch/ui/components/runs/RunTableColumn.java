package org.omicsbatch.ui.components.runs;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Builds the table column of one model column: header, cell value from the column array, commit through the editor.
 *
 * <p>An import makes every column on the FX thread, and a tooltip or a context menu is a popup window of
 * its own: so a header's tooltip is made when the pointer first enters it ({@link #prepareTooltip}), and a
 * parameter column's menu when it is first asked for ({@link #prepareMenu}). The header shows the
 * column's text, no graphic of its own: a second label per header made each header cost a third more.
 */
final class RunTableColumn {
    private static final String MENU_FACTORY = RunTableColumn.class.getName() + ".menu";
    /** On a table column: what its header's tooltip says (a {@code Supplier<String>}). */
    private static final String EXPLANATION = RunTableColumn.class.getName() + ".explanation";
    /** On a header: the tooltip made from its column's explanation. */
    private static final String TOOLTIP = RunTableColumn.class.getName() + ".tooltip";
    private static final String DEFINITION = RunTableColumn.class.getName() + ".definition";

    private final RunTableView owner;
    private final int index;
    private final RunColumn definition;

    RunTableColumn(RunTableView owner, int index) {
        this.owner = owner;
        this.index = index;
        this.definition = owner.editor().model().column(index);
    }

    TableColumn<Integer, String> build() {
        TableColumn<Integer, String> column = new TableColumn<>();
        column.setUserData(index);
        column.getProperties().put(DEFINITION, definition);
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(definition.kind() == RunColumn.Kind.RUN_SETTING_ID ? 170 : 150);
        column.setText(definition.key() + (definition.type() == RunColumn.ValueType.JSON ? " {JSON}" : ""));
        column.getProperties().put(EXPLANATION, (Supplier<String>) this::explanation);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(owner.editor().model().get(cell.getValue(), index)));
        column.setCellFactory(c -> new RunCell(owner, index));
        column.setOnEditCommit(event -> {
            int row = owner.rows().modelRow(event.getTablePosition().getRow());
            owner.editor().setCell(row, index, event.getNewValue());
        });
        if (definition.isParameter()) {
            column.getProperties().put(MENU_FACTORY, (Supplier<ContextMenu>) this::typeMenu);
        }
        return column;
    }

    /**
     * Whether a table column built earlier shows model column {@code index} as {@code definition} does, so
     * that it can be kept: JavaFX makes a header for every new column object and restyles them all.
     */
    static boolean shows(TableColumnBase<?, ?> column, int index, RunColumn definition) {
        return column.getUserData() instanceof Integer i && i == index
                && definition.equals(column.getProperties().get(DEFINITION));
    }

    /**
     * Gives the column whose header is under {@code target} its context menu, if it has one and it was not
     * made yet. Call it from an event filter of the table, before the header shows the column's menu.
     */
    static void prepareMenu(Object target) {
        TableColumnHeader header = headerOf(target);
        TableColumnBase<?, ?> column = header == null ? null : header.getTableColumn();
        if (column != null && column.getContextMenu() == null
                && column.getProperties().get(MENU_FACTORY) instanceof Supplier<?> factory) {
            column.setContextMenu((ContextMenu) factory.get());
        }
    }

    /**
     * Gives the header under {@code target} its tooltip, if its column explains itself and it has none
     * yet. Call it from an event filter of the table for {@code MOUSE_ENTERED_TARGET}.
     */
    static void prepareTooltip(Object target) {
        TableColumnHeader header = headerOf(target);
        if (header != null && header.getProperties().get(TOOLTIP) == null
                && header.getTableColumn().getProperties().get(EXPLANATION) instanceof Supplier<?> text) {
            Tooltip tip = new Tooltip((String) text.get());
            Tooltip.install(header, tip);
            header.getProperties().put(TOOLTIP, tip);
        }
    }

    /** The tooltip given to a header by {@link #prepareTooltip}, or null. */
    static Tooltip tooltipOf(TableColumnHeader header) {
        return header.getProperties().get(TOOLTIP) instanceof Tooltip tip ? tip : null;
    }

    private static TableColumnHeader headerOf(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof TableColumnHeader header) {
                return header.getTableColumn() == null ? null : header;
            }
        }
        return null;
    }

    private String explanation() {
        return switch (definition.kind()) {
            case RUN_SETTING_ID -> "runSettingId: the unique id of this run in the batch (required)";
            case NAME -> "name: the run's name; empty uses the default run name";
            case OUTPUT_URI -> "outputUri: where this run writes its outputs; empty uses the default";
            case OUTPUT_BUCKET_OWNER_ID -> "outputBucketOwnerId: the account expected to own the output bucket";
            case PRIORITY -> "priority: a whole number from 0 to 100000; empty uses the default";
            case PARAMETER -> "Workflow parameter " + definition.name() + (definition.type() == RunColumn.ValueType.JSON
                    ? ": cells are JSON (numbers, true/false, lists, \"quoted text\")"
                    : ": cells are sent as text. Right-click to make it a JSON column.");
            case TAG -> "Run tag " + definition.name() + ", merged over the default run tags";
        };
    }

    private ContextMenu typeMenu() {
        CheckMenuItem json = new CheckMenuItem("Values are JSON (numbers, true/false, lists)");
        json.setSelected(definition.type() == RunColumn.ValueType.JSON);
        json.setOnAction(e -> owner.editor().setColumnType(index,
                json.isSelected() ? RunColumn.ValueType.JSON : RunColumn.ValueType.TEXT));
        return new ContextMenu(json);
    }
}
