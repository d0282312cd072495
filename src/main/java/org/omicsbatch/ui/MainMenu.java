package org.omicsbatch.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.omicsbatch.ui.wizard.WizardViewModel;

/** The menu bar. Every command has an accelerator, so the whole app works from the keyboard. */
public final class MainMenu {

    /** What the menu commands do; the app supplies them. */
    public record Actions(Runnable newDraft, Runnable open, Consumer<Path> openRecent, Runnable save, Runnable saveAs,
            Runnable exit, Consumer<Theme> theme, Runnable about) {
    }

    private MainMenu() {
    }

    public static MenuBar build(Actions actions, ObservableList<Path> recent, WizardViewModel wizard, Theme theme) {
        MenuBar bar = new MenuBar(file(actions, recent), view(actions, theme), go(wizard), help(actions));
        bar.setId("main-menu");
        return bar;
    }

    private static Menu file(Actions actions, ObservableList<Path> recent) {
        Menu openRecent = new Menu("Open _Recent", new FontIcon(Material2AL.HISTORY));
        openRecent.setId("menu-open-recent");
        fillRecent(openRecent, recent, actions.openRecent());
        recent.addListener((ListChangeListener<Path>) change -> fillRecent(openRecent, recent, actions.openRecent()));
        Menu menu = new Menu("_File", null,
                item("_New", "Shortcut+N", Material2MZ.NOTE_ADD, actions.newDraft(), "menu-new"),
                item("_Open…", "Shortcut+O", Material2AL.FOLDER_OPEN, actions.open(), "menu-open"),
                openRecent,
                new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", Material2MZ.SAVE, actions.save(), "menu-save"),
                item("Save _As…", "Shortcut+Shift+S", Material2MZ.SAVE_ALT, actions.saveAs(), "menu-save-as"),
                new SeparatorMenuItem(),
                item("E_xit", "Shortcut+Q", Material2AL.EXIT_TO_APP, actions.exit(), "menu-exit"));
        return menu;
    }

    /** Recent drafts get Shortcut+Alt+1…9, newest first. */
    private static void fillRecent(Menu menu, ObservableList<Path> recent, Consumer<Path> open) {
        menu.getItems().clear();
        for (int i = 0; i < recent.size(); i++) {
            Path path = recent.get(i);
            String accelerator = i < 9 ? "Shortcut+Alt+" + (i + 1) : null;
            menu.getItems().add(item((i + 1) + "  " + path.getFileName() + "  —  " + path.getParent(), accelerator,
                    null, () -> open.accept(path), null));
        }
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem("No recent drafts");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    private static Menu view(Actions actions, Theme current) {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem light = radio("_Light theme", "Shortcut+Shift+L", group, () -> actions.theme().accept(Theme.LIGHT));
        RadioMenuItem dark = radio("_Dark theme", "Shortcut+Shift+D", group, () -> actions.theme().accept(Theme.DARK));
        light.setId("menu-theme-light");
        dark.setId("menu-theme-dark");
        (current == Theme.DARK ? dark : light).setSelected(true);
        return new Menu("_View", null, light, dark);
    }

    private static Menu go(WizardViewModel wizard) {
        MenuItem back = item("_Back", "Alt+Left", Material2AL.ARROW_BACK, wizard::back, "menu-back");
        MenuItem next = item("_Next", "Alt+Right", Material2AL.ARROW_FORWARD, wizard::next, "menu-next");
        back.disableProperty().bind(wizard.canGoBackProperty().not());
        next.disableProperty().bind(wizard.canGoNextProperty().not());
        Menu menu = new Menu("_Go", null, back, next, new SeparatorMenuItem());
        for (int i = 0; i < wizard.steps().size(); i++) {
            int index = i;
            String accelerator = i < 9 ? "Shortcut+" + (i + 1) : null;
            menu.getItems().add(item((i + 1) + " " + wizard.steps().get(i).title(), accelerator, null,
                    () -> wizard.goTo(index), null));
        }
        return menu;
    }

    private static Menu help(Actions actions) {
        return new Menu("_Help", null, item("_About Omics Batch Launcher", "F1", Material2AL.INFO, actions.about(),
                "menu-about"));
    }

    private static MenuItem item(String text, String accelerator, org.kordamp.ikonli.Ikon icon, Runnable action,
            String id) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        item.setId(id);
        return item;
    }

    private static RadioMenuItem radio(String text, String accelerator, ToggleGroup group, Runnable action) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(event -> action.run());
        return item;
    }
}
