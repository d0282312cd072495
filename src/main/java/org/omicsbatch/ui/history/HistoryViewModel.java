package org.omicsbatch.ui.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.omicsbatch.aws.BatchApi;
import org.omicsbatch.model.BatchListItem;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.ListBatchRequest;
import org.omicsbatch.model.ListBatchResponse;
import org.omicsbatch.ui.components.ErrorText;

/**
 * The history of batches: every batch ListBatch returns, joined with this machine's journal (which
 * knows the draft of its own submissions and the batches it deleted). The service takes only one
 * filter per call, so the list is fetched whole and status and name are filtered here, together.
 */
public final class HistoryViewModel {
    public static final String ALL = "All statuses";

    private final BatchApi api;
    private final Supplier<List<LocalSubmission>> journal;
    private final Consumer<Runnable> fx;
    private final Executor background;
    private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<HistoryEntry> visible = new FilteredList<>(entries);
    private final StringProperty statusFilter = new SimpleStringProperty(ALL);
    private final StringProperty nameFilter = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    public HistoryViewModel(BatchApi api, Supplier<List<LocalSubmission>> journal, Consumer<Runnable> fx,
            Executor background) {
        this.api = api;
        this.journal = journal;
        this.fx = fx;
        this.background = background;
        visible.predicateProperty().bind(Bindings.createObjectBinding(() -> e ->
                (ALL.equals(statusFilter.get()) || e.statusText().equals(statusFilter.get()))
                        && e.nameContains(nameFilter.get()), statusFilter, nameFilter));
    }

    /** The choices of the status filter: every batch status, and the two states only the journal knows. */
    public static List<String> statusChoices() {
        List<String> out = new ArrayList<>(List.of(ALL));
        for (BatchStatus s : BatchStatus.values()) {
            if (s != BatchStatus.UNKNOWN_TO_SDK_VERSION) {
                out.add(s.name());
            }
        }
        out.add("DELETED");
        out.add("NOT LISTED");
        return out;
    }

    /** Lists every page off the FX thread, then replaces the entries. */
    public void refresh() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        message.set("Loading batches…");
        background.execute(() -> {
            try {
                List<HistoryEntry> merged = merge(listAll(), journal.get());
                fx.accept(() -> {
                    entries.setAll(merged);
                    loading.set(false);
                    message.set(merged.isEmpty() ? "No batches yet." : "");
                });
            } catch (RuntimeException e) {
                List<HistoryEntry> local = merge(List.of(), journal.get());
                fx.accept(() -> {
                    entries.setAll(local);
                    loading.set(false);
                    message.set("Could not list the batches of this account: " + ErrorText.plain(e)
                            + " Showing this machine's submissions only.");
                });
            }
        });
    }

    private List<BatchListItem> listAll() {
        List<BatchListItem> all = new ArrayList<>();
        String token = null;
        do {
            ListBatchResponse page = api.listBatch(ListBatchRequest.all().withStartingToken(token));
            all.addAll(page.items());
            token = page.nextToken();
        } while (token != null);
        return all;
    }

    /** Listed batches first matched with the journal; journal entries the service no longer lists after. */
    static List<HistoryEntry> merge(List<BatchListItem> listed, List<LocalSubmission> local) {
        Map<String, LocalSubmission> byBatch = new LinkedHashMap<>();
        for (LocalSubmission s : local) {
            if (s.batchId() != null) {
                byBatch.put(s.batchId(), s);
            }
        }
        List<HistoryEntry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BatchListItem item : listed) {
            out.add(HistoryEntry.listed(item, byBatch.get(item.id())));
            seen.add(item.id());
        }
        for (LocalSubmission s : byBatch.values()) {
            if (!seen.contains(s.batchId())) {
                out.add(HistoryEntry.journalOnly(s));
            }
        }
        out.sort(Comparator.comparing(HistoryEntry::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    public ObservableList<HistoryEntry> entries() { return entries; }
    public FilteredList<HistoryEntry> visible() { return visible; }
    public StringProperty statusFilterProperty() { return statusFilter; }
    public StringProperty nameFilterProperty() { return nameFilter; }
    public BooleanProperty loadingProperty() { return loading; }
    public StringProperty messageProperty() { return message; }
}
