package org.omicsbatch.ui.wizard.defaults;

import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.ui.PreferencesModel;
import org.omicsbatch.ui.forms.TagsModel;
import org.omicsbatch.ui.services.DraftChecks;
import org.omicsbatch.ui.wizard.DraftState;

/**
 * Step 3: every member of {@code DefaultRunSetting} the user sets here, plus the batch's name and
 * tags. Each edit goes into the draft at once and is checked by the core's validation, whose
 * messages are shown next to the field they name.
 */
public final class RunDefaultsViewModel {
    private final DraftState state;
    private final DraftChecks checks;
    private final PreferencesModel preferences;

    private final StringProperty name = text();
    private final StringProperty roleArn = text();
    private final StringProperty outputUri = text();
    private final StringProperty outputBucketOwnerId = text();
    private final ObjectProperty<String> storageType = new SimpleObjectProperty<>();
    private final StringProperty storageCapacity = text();
    private final StringProperty priority = text();
    private final ObjectProperty<String> retentionMode = new SimpleObjectProperty<>();
    private final ObjectProperty<String> logLevel = new SimpleObjectProperty<>();
    private final ObjectProperty<String> cacheBehavior = new SimpleObjectProperty<>();
    private final ObjectProperty<String> networkingMode = new SimpleObjectProperty<>();
    private final StringProperty configurationName = text();
    private final StringProperty batchName = text();
    private final StringProperty settingsUri = text();
    private final TagsModel runTags = new TagsModel(tags -> push());
    private final TagsModel batchTags = new TagsModel(tags -> push());
    /** Field path → message: the core's, or this form's own when a value cannot even be stored. */
    private final ObservableMap<String, Message> messages = FXCollections.observableHashMap();
    private boolean loading;

    /** A message next to a field. */
    public record Message(boolean error, String text) {
    }

    public RunDefaultsViewModel(DraftState state, DraftChecks checks, PreferencesModel preferences) {
        this.state = state;
        this.checks = checks;
        this.preferences = preferences;
        ObservableValue<?>[] fields = {name, roleArn, outputUri, outputBucketOwnerId, storageType, storageCapacity,
            priority, retentionMode, logLevel, cacheBehavior, networkingMode, configurationName, batchName,
            settingsUri};
        for (ObservableValue<?> field : fields) {
            field.addListener((obs, old, now) -> push());
        }
        state.draftProperty().addListener((obs, old, draft) -> {
            if (!loading) {
                load(draft);
            }
        });
        state.workflowProperty().addListener((obs, old, now) -> validate());
        load(state.draft());
    }

    /** Shows the draft's values (a draft was opened, or another step changed it). */
    private void load(BatchDraft draft) {
        loading = true;
        try {
            DefaultRunSetting d = draft.defaultRunSetting();
            setIfDifferent(name, d.name());
            setIfDifferent(roleArn, d.roleArn());
            setIfDifferent(outputUri, d.outputUri());
            setIfDifferent(outputBucketOwnerId, d.outputBucketOwnerId());
            storageType.set(d.storageType());
            keepUnparsable(storageCapacity, d.storageCapacity(), "defaultRunSetting.storageCapacity");
            keepUnparsable(priority, d.priority(), "defaultRunSetting.priority");
            retentionMode.set(d.retentionMode());
            logLevel.set(d.logLevel());
            cacheBehavior.set(d.cacheBehavior());
            networkingMode.set(d.networkingMode());
            setIfDifferent(configurationName, d.configurationName());
            setIfDifferent(batchName, draft.batchName());
            setIfDifferent(settingsUri, draft.appOrEmpty().settingsUri());
            if (!Objects.equals(d.runTags(), currentTags(runTags))) {
                runTags.load(d.runTags());
            }
            if (!Objects.equals(draft.tags(), currentTags(batchTags))) {
                batchTags.load(draft.tags());
            }
        } finally {
            loading = false;
        }
        validate();
    }

    /** Writes the form into the draft (one change) and checks it again. */
    private void push() {
        if (loading) {
            return;
        }
        messages.keySet().removeIf(key -> key.startsWith("local:"));
        Integer capacity = integer(storageCapacity.get(), "defaultRunSetting.storageCapacity");
        Integer prio = integer(priority.get(), "defaultRunSetting.priority");
        if (!runTags.problemProperty().get().isEmpty()) {
            messages.put("local:defaultRunSetting.runTags", new Message(true, runTags.problemProperty().get()));
        }
        if (!batchTags.problemProperty().get().isEmpty()) {
            messages.put("local:tags", new Message(true, batchTags.problemProperty().get()));
        }
        BatchDraft before = state.draft();
        DefaultRunSetting d = before.defaultRunSetting().toBuilder()
                .name(blankToNull(name.get()))
                .roleArn(blankToNull(roleArn.get()))
                .outputUri(blankToNull(outputUri.get()))
                .outputBucketOwnerId(blankToNull(outputBucketOwnerId.get()))
                .storageType(storageType.get())
                .storageCapacity(WholeNumberText.isUnparsable(storageCapacity.get())
                        ? before.defaultRunSetting().storageCapacity() : capacity)
                .priority(WholeNumberText.isUnparsable(priority.get()) ? before.defaultRunSetting().priority() : prio)
                .retentionMode(retentionMode.get())
                .logLevel(logLevel.get())
                .cacheBehavior(cacheBehavior.get())
                .networkingMode(networkingMode.get())
                .configurationName(blankToNull(configurationName.get()))
                .runTags(runTags.problemProperty().get().isEmpty() ? currentTags(runTags)
                        : before.defaultRunSetting().runTags())
                .build();
        BatchDraft after = UploadLocation.apply(before, before.withDefaultRunSetting(d).withBatchName(blankToNull(batchName.get()))
                .withTags(batchTags.problemProperty().get().isEmpty() ? currentTags(batchTags) : before.tags()),
                settingsUri.get());
        if (UploadLocation.problem(settingsUri.get()) != null) {
            messages.put("local:" + UploadLocation.FIELD, new Message(true, UploadLocation.problem(settingsUri.get())));
        }
        if (!after.equals(before)) {
            loading = true;
            try {
                state.update(draft -> after);
            } finally {
                loading = false;
            }
        }
        validate();
    }

    /** Replaces the core's messages for this step's fields. */
    private void validate() {
        messages.keySet().removeIf(key -> !key.startsWith("local:"));
        var template = state.workflowProperty().get() == null ? null : state.workflowProperty().get().parameterTemplate();
        for (DraftChecks.FieldIssue issue : checks.check(state.draft(), template)) {
            String field = RunDefaultsFields.owner(issue.field());
            if (field != null && !messages.containsKey(field)) {
                messages.put(field, new Message(issue.error(), issue.message()));
            }
        }
    }

    /** The message for {@code field} (e.g. {@code defaultRunSetting.roleArn}); the form's own first. */
    public StringBinding messageFor(String field) {
        return Bindings.createStringBinding(() -> {
            Message local = messages.get("local:" + field);
            Message core = messages.get(field);
            return local != null ? local.text() : core != null ? core.text() : "";
        }, messages);
    }

    /** True when the message for {@code field} is only a warning. */
    public BooleanBinding isWarning(String field) {
        return Bindings.createBooleanBinding(() -> {
            Message local = messages.get("local:" + field);
            Message shown = local != null ? local : messages.get(field);
            return shown != null && !shown.error();
        }, messages);
    }

    /** Complete when no field of this step has an error. */
    public BooleanBinding completeProperty() {
        return Bindings.createBooleanBinding(() -> messages.values().stream().noneMatch(Message::error), messages);
    }

    /** Remembers the role ARN and output URI for the next batch (called when leaving a valid field). */
    public void rememberRecent() {
        if (messageFor("defaultRunSetting.roleArn").get().isEmpty() && !roleArn.get().isBlank()) {
            preferences.update(p -> p.withRecentRoleArn(roleArn.get()));
        }
        if (messageFor("defaultRunSetting.outputUri").get().isEmpty() && !outputUri.get().isBlank()) {
            preferences.update(p -> p.withRecentOutputUri(outputUri.get()));
        }
    }

    public java.util.List<String> recentRoleArns() {
        return preferences.get().recentRoleArns();
    }

    public java.util.List<String> recentOutputUris() {
        return preferences.get().recentOutputUris();
    }

    /** The service's rounding of STATIC storage, said for the value typed (empty when not applicable). */
    public StringBinding storageRoundingProperty() {
        return Bindings.createStringBinding(() -> StorageRounding.explain(storageType.get(), storageCapacity.get()),
                storageType, storageCapacity);
    }

    private Integer integer(String text, String field) {
        if (WholeNumberText.isUnparsable(text)) {
            messages.put("local:" + field, new Message(true, "\"" + text.strip() + "\" is not a whole number."));
        }
        return WholeNumberText.parseOrNull(text);
    }

    /** Shows the draft's number unless the field's text already means it or is being fixed. */
    private void keepUnparsable(StringProperty field, Integer value, String path) {
        if (value == null && WholeNumberText.isUnparsable(field.get()) || WholeNumberText.means(field.get(), value)) {
            return;
        }
        messages.remove("local:" + path);
        field.set(value == null ? "" : value.toString());
    }

    private static Map<String, String> currentTags(TagsModel model) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        model.entries().forEach(e -> {
            if (!e.keyProperty().get().isBlank()) {
                map.putIfAbsent(e.keyProperty().get().strip(), e.valueProperty().get());
            }
        });
        return map.isEmpty() ? null : map;
    }

    /** Leaves text being typed alone when it already means the draft's value (e.g. a trailing space). */
    private static void setIfDifferent(StringProperty field, String value) {
        if (!Objects.equals(blankToNull(field.get()), value)) {
            field.set(value == null ? "" : value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static StringProperty text() {
        return new SimpleStringProperty("");
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleArnProperty() {
        return roleArn;
    }

    public StringProperty outputUriProperty() {
        return outputUri;
    }

    public StringProperty outputBucketOwnerIdProperty() {
        return outputBucketOwnerId;
    }

    public ObjectProperty<String> storageTypeProperty() {
        return storageType;
    }

    public StringProperty storageCapacityProperty() {
        return storageCapacity;
    }

    public StringProperty priorityProperty() {
        return priority;
    }

    public ObjectProperty<String> retentionModeProperty() {
        return retentionMode;
    }

    public ObjectProperty<String> logLevelProperty() {
        return logLevel;
    }

    public ObjectProperty<String> cacheBehaviorProperty() {
        return cacheBehavior;
    }

    public ObjectProperty<String> networkingModeProperty() {
        return networkingMode;
    }

    public StringProperty configurationNameProperty() {
        return configurationName;
    }

    /** Where the submission uploads the settings file and local files ({@code --settings-uri}). */
    public StringProperty settingsUriProperty() {
        return settingsUri;
    }

    public StringProperty batchNameProperty() {
        return batchName;
    }

    public TagsModel runTags() {
        return runTags;
    }

    public TagsModel batchTags() {
        return batchTags;
    }

    /** The members set by other steps, shown read-only here: workflow, version, owner, run group, cache. */
    public StringBinding setElsewhereProperty() {
        return Bindings.createStringBinding(() -> RunDefaultsFields.describeSetElsewhere(
                state.draft().defaultRunSetting()), state.draftProperty());
    }

    /** Whether a run cache is chosen: cacheBehavior needs one. */
    public BooleanBinding hasCacheProperty() {
        return Bindings.createBooleanBinding(() -> state.draft().defaultRunSetting().cacheId() != null,
                state.draftProperty());
    }
}
