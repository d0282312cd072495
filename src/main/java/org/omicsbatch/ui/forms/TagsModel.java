package org.omicsbatch.ui.forms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows of a tags editor and the map they stand for. Rows with an empty key are ignored (a row
 * being typed); a key that appears twice is a problem named here, since a map cannot hold it.
 */
public final class TagsModel {
    private final ObservableList<TagEntry> entries = FXCollections.observableArrayList(
            e -> new Observable[] {e.keyProperty(), e.valueProperty()});
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Consumer<Map<String, String>> onChange;
    private boolean loading;

    /**
     * {@code onChange} receives the map (null when empty) after every edit; while a key is duplicated
     * {@link #problemProperty()} names it and the map holds the key's first value.
     */
    public TagsModel(Consumer<Map<String, String>> onChange) {
        this.onChange = onChange;
        entries.addListener((javafx.collections.ListChangeListener<TagEntry>) change -> edited());
    }

    /** Shows {@code tags} without reporting a change. */
    public void load(Map<String, String> tags) {
        loading = true;
        try {
            entries.clear();
            if (tags != null) {
                tags.forEach((k, v) -> entries.add(new TagEntry(k, v)));
            }
            problem.set("");
        } finally {
            loading = false;
        }
    }

    public void add() {
        entries.add(new TagEntry("", ""));
    }

    public void remove(TagEntry entry) {
        entries.remove(entry);
    }

    public ObservableList<TagEntry> entries() {
        return entries;
    }

    /** A duplicate key, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void edited() {
        if (loading) {
            return;
        }
        Map<String, String> map = new LinkedHashMap<>();
        String duplicate = null;
        for (TagEntry entry : entries) {
            String key = entry.keyProperty().get().strip();
            if (key.isEmpty()) {
                continue;
            }
            if (map.containsKey(key)) {
                duplicate = duplicate == null ? key : duplicate;
                continue;
            }
            map.put(key, entry.valueProperty().get());
        }
        problem.set(duplicate == null ? "" : "The tag key \"" + duplicate + "\" appears twice; each key can have one value.");
        onChange.accept(map.isEmpty() ? null : map);
    }
}
