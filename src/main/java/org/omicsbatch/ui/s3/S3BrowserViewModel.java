package org.omicsbatch.ui.s3;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.omicsbatch.ui.UserMessages;
import org.omicsbatch.ui.services.S3Browser;
import org.omicsbatch.ui.task.BackgroundTask;
import org.omicsbatch.ui.task.TaskExecutor;

/**
 * Browsing S3 like a file chooser: buckets, then folders (common prefixes) and files of one level.
 * Every listing is a background task. The chosen item becomes an {@code s3://} URI.
 */
public final class S3BrowserViewModel {
    private final TaskExecutor executor;
    private final S3Browser s3;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private final StringProperty selectedUri = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty note = new SimpleStringProperty("");
    private String bucket;
    private String prefix = "";

    /** One line of the browser. */
    public record Item(Kind kind, String bucket, String key, String label, long size) {
        public String uri() {
            return kind == Kind.BUCKET ? "s3://" + bucket + "/" : "s3://" + bucket + "/" + key;
        }
    }

    public enum Kind { BUCKET, FOLDER, FILE }

    public S3BrowserViewModel(TaskExecutor executor, S3Browser s3) {
        this.executor = executor;
        this.s3 = s3;
    }

    /** Starts at the folder of {@code uri} when it is an s3:// URI, else at the bucket list. */
    public void start(String uri) {
        if (uri != null && uri.startsWith("s3://") && uri.length() > 5) {
            URI parsed = URI.create(uri.replace(" ", "%20"));
            String key = parsed.getPath() == null ? "" : parsed.getPath().replaceFirst("^/", "");
            int slash = key.lastIndexOf('/');
            show(parsed.getHost(), slash < 0 ? "" : key.substring(0, slash + 1));
        } else {
            show(null, "");
        }
    }

    /** Opens a bucket or folder; a file becomes the selection. */
    public void open(Item item) {
        if (item.kind() == Kind.FILE) {
            selectedUri.set(item.uri());
        } else {
            show(item.bucket(), item.kind() == Kind.BUCKET ? "" : item.key());
        }
    }

    public void select(Item item) {
        selectedUri.set(item == null ? "" : item.uri());
    }

    /** One level up: parent folder, bucket root, then the bucket list. */
    public void up() {
        if (bucket == null) {
            return;
        }
        if (prefix.isEmpty()) {
            show(null, "");
            return;
        }
        String trimmed = prefix.substring(0, prefix.length() - 1);
        int slash = trimmed.lastIndexOf('/');
        show(bucket, slash < 0 ? "" : trimmed.substring(0, slash + 1));
    }

    private void show(String newBucket, String newPrefix) {
        loading.set(true);
        note.set("");
        executor.execute(BackgroundTask.of(newBucket == null ? "Listing buckets" : "Listing s3://" + newBucket + "/"
                + newPrefix, progress -> list(newBucket, newPrefix))
                .onSuccess(found -> {
                    bucket = newBucket;
                    prefix = newPrefix;
                    location.set(newBucket == null ? "All buckets" : "s3://" + newBucket + "/" + newPrefix);
                    selectedUri.set(newBucket == null ? "" : "s3://" + newBucket + "/" + newPrefix);
                    items.setAll(found.items());
                    note.set(found.truncated() ? "Showing the first 1000 entries of this folder."
                            : found.items().isEmpty() ? "Nothing here." : "");
                })
                .onFailure(problem -> note.set(UserMessages.describe(problem)))
                .onFinished(() -> loading.set(false)));
    }

    private record Found(List<Item> items, boolean truncated) {
    }

    private Found list(String inBucket, String under) {
        List<Item> found = new ArrayList<>();
        if (inBucket == null) {
            s3.listBuckets().forEach(name -> found.add(new Item(Kind.BUCKET, name, "", name, 0)));
            return new Found(found, false);
        }
        S3Browser.Listing listing = s3.list(inBucket, under);
        listing.prefixes().forEach(p -> found.add(new Item(Kind.FOLDER, inBucket, p,
                p.substring(under.length()), 0)));
        listing.objects().forEach(o -> found.add(new Item(Kind.FILE, inBucket, o.key(),
                o.key().substring(under.length()), o.size())));
        return new Found(found, listing.truncated());
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    /** The URI the dialog returns: the chosen file, or the folder being shown. */
    public StringProperty selectedUriProperty() {
        return selectedUri;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
