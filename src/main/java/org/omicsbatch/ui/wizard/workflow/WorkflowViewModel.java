package org.omicsbatch.ui.wizard.workflow;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.omicsbatch.aws.RunCacheSummary;
import org.omicsbatch.aws.RunGroupSummary;
import org.omicsbatch.aws.WorkflowCatalog;
import org.omicsbatch.aws.WorkflowDetails;
import org.omicsbatch.aws.WorkflowSummary;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.ui.UserMessages;
import org.omicsbatch.ui.services.Connection;
import org.omicsbatch.ui.task.BackgroundTask;
import org.omicsbatch.ui.task.TaskExecutor;
import org.omicsbatch.ui.wizard.DraftState;
import org.omicsbatch.ui.wizard.workflow.WorkflowChoices.RunCacheChoice;
import org.omicsbatch.ui.wizard.workflow.WorkflowChoices.RunGroupChoice;
import org.omicsbatch.ui.wizard.workflow.WorkflowChoices.VersionChoice;

/**
 * Step 2: the account's workflows (searchable), the version, the details from GetWorkflow (whose
 * parameter template drives step 4), and the run group and run cache of the batch. Every call to the
 * catalog is a background task.
 */
public final class WorkflowViewModel {
    /** Why a READY2RUN workflow is listed but cannot be chosen. */
    public static final String READY2RUN_REASON = "batches do not support Ready2Run workflows";

    private final TaskExecutor executor;
    private final ObjectProperty<Connection> connection;
    private final DraftState state;
    private final ObservableList<WorkflowSummary> workflows = FXCollections.observableArrayList();
    private final FilteredList<WorkflowSummary> visible = new FilteredList<>(workflows);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<WorkflowSummary> workflow = new SimpleObjectProperty<>();
    private final ObservableList<VersionChoice> versions = FXCollections.observableArrayList();
    private final ObjectProperty<VersionChoice> version = new SimpleObjectProperty<>();
    private final ObservableList<RunGroupChoice> runGroups = FXCollections.observableArrayList();
    private final ObjectProperty<RunGroupChoice> runGroup = new SimpleObjectProperty<>(RunGroupChoice.NONE);
    private final ObservableList<RunCacheChoice> runCaches = FXCollections.observableArrayList();
    private final ObjectProperty<RunCacheChoice> runCache = new SimpleObjectProperty<>(RunCacheChoice.NONE);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private Connection loadedFrom;
    private boolean restoring;

    public WorkflowViewModel(TaskExecutor executor, ObjectProperty<Connection> connection, DraftState state) {
        this.executor = executor;
        this.connection = connection;
        this.state = state;
        search.addListener((obs, old, text) -> visible.setPredicate(w -> matches(w, text)));
        workflow.addListener((obs, old, chosen) -> workflowChosen(chosen));
        version.addListener((obs, old, chosen) -> versionChosen(chosen));
        runGroup.addListener((obs, old, chosen) -> updateDefaults(b -> b.runGroupId(chosen == null ? null : chosen.id())));
        runCache.addListener((obs, old, chosen) -> updateDefaults(b -> b.cacheId(chosen == null ? null : chosen.id())));
        state.draftProperty().addListener((obs, old, draft) -> {
            if (state.workflowProperty().get() == null && draft.appOrEmpty().workflow() != null) {
                state.workflowProperty().set(WorkflowDetailsJson.fromRaw(draft.appOrEmpty().workflow()));
            }
            String id = draft.defaultRunSetting().workflowId();
            if (id == null && workflow.get() != null) {
                workflow.set(null); // a new draft: nothing chosen yet
            } else if (id != null && (workflow.get() == null || !id.equals(workflow.get().id()))) {
                workflows.stream().filter(w -> id.equals(w.id())).findFirst().ifPresent(workflow::set);
            }
        });
        // Another account has other workflows: list again when the step is next shown.
        connection.addListener((obs, old, now) -> {
            loadedFrom = null;
            workflows.clear();
            workflow.set(null);
        });
    }

    /** True when {@code summary} may run in a batch (everything but READY2RUN). */
    public static boolean isSelectable(WorkflowSummary summary) {
        return summary != null && !"READY2RUN".equalsIgnoreCase(summary.type());
    }

    /** Lists workflows, run groups and run caches once per connection (again after a reconnect). */
    public void load() {
        Connection open = connection.get();
        if (open == null || open == loadedFrom || loading.get()) {
            return;
        }
        loading.set(true);
        error.set("");
        WorkflowCatalog catalog = open.catalog();
        executor.execute(BackgroundTask.of("Listing workflows", progress -> {
            progress.update(0, 3, "Listing workflows");
            List<WorkflowSummary> found = catalog.listWorkflows();
            progress.update(1, 3, "Listing run groups");
            List<RunGroupSummary> groups = catalog.listRunGroups();
            progress.update(2, 3, "Listing run caches");
            List<RunCacheSummary> caches = catalog.listRunCaches();
            return new Catalog(found, groups, caches);
        }).onSuccess(found -> {
            loadedFrom = open;
            showCatalog(found);
        }).onFailure(problem -> error.set(UserMessages.describe(problem)))
                .onFinished(() -> loading.set(false)));
    }

    private record Catalog(List<WorkflowSummary> workflows, List<RunGroupSummary> groups,
            List<RunCacheSummary> caches) {
    }

    private void showCatalog(Catalog found) {
        DefaultRunSetting defaults = state.draft().defaultRunSetting();
        restoring = true;
        try {
            workflows.setAll(found.workflows().stream()
                    .sorted((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(nameOf(a), nameOf(b))).toList());
            runGroups.setAll(RunGroupChoice.NONE);
            found.groups().forEach(g -> runGroups.add(new RunGroupChoice(g.id(), g.name(), g)));
            runCaches.setAll(RunCacheChoice.NONE);
            found.caches().forEach(c -> runCaches.add(new RunCacheChoice(c.id(), c.name(), c)));
            runGroup.set(runGroups.stream().filter(g -> Objects.equals(g.id(), defaults.runGroupId())).findFirst()
                    .orElse(RunGroupChoice.NONE));
            runCache.set(runCaches.stream().filter(c -> Objects.equals(c.id(), defaults.cacheId())).findFirst()
                    .orElse(RunCacheChoice.NONE));
        } finally {
            restoring = false;
        }
        // A draft opened earlier names its workflow: select it again.
        workflows.stream().filter(w -> Objects.equals(w.id(), defaults.workflowId())).findFirst()
                .ifPresent(workflow::set);
    }

    private void workflowChosen(WorkflowSummary chosen) {
        versions.clear();
        version.set(null);
        if (!isSelectable(chosen)) {
            return;
        }
        String previousVersion = Objects.equals(chosen.id(), state.draft().defaultRunSetting().workflowId())
                ? state.draft().defaultRunSetting().workflowVersionName() : null;
        WorkflowCatalog catalog = connection.get().catalog();
        executor.execute(BackgroundTask.of("Listing versions of " + nameOf(chosen),
                progress -> catalog.listVersions(chosen.id()))
                .onSuccess(found -> {
                    if (workflow.get() != chosen) {
                        return; // the user moved on meanwhile
                    }
                    versions.setAll(VersionChoice.LATEST);
                    found.forEach(v -> versions.add(new VersionChoice(v.versionName(), v)));
                    version.set(versions.stream().filter(v -> Objects.equals(v.versionName(), previousVersion))
                            .findFirst().orElse(VersionChoice.LATEST));
                })
                .onFailure(problem -> error.set(UserMessages.describe(problem))));
    }

    private void versionChosen(VersionChoice chosen) {
        WorkflowSummary summary = workflow.get();
        if (chosen == null || !isSelectable(summary)) {
            return;
        }
        WorkflowCatalog catalog = connection.get().catalog();
        executor.execute(BackgroundTask.of("Reading workflow " + nameOf(summary),
                progress -> catalog.getWorkflow(summary.id(), chosen.versionName()))
                .onSuccess(details -> {
                    if (workflow.get() == summary && version.get() == chosen) {
                        apply(summary, details);
                    }
                })
                .onFailure(problem -> error.set(UserMessages.describe(problem))));
    }

    /** Puts the chosen workflow into the draft: ids into the defaults, the reply into the app data. */
    private void apply(WorkflowSummary summary, WorkflowDetails details) {
        String account = connection.get() == null ? null : connection.get().accountId();
        String owner = summary.ownerAccountId() != null && !summary.ownerAccountId().equals(account)
                ? summary.ownerAccountId() : null;
        state.workflowProperty().set(details);
        var before = state.draft();
        var after = before
                .withDefaultRunSetting(before.defaultRunSetting().toBuilder()
                        .workflowId(summary.id())
                        .workflowType(summary.type())
                        .workflowVersionName(details.versionName())
                        .workflowOwnerId(owner)
                        .build())
                .withApp(before.appOrEmpty().withWorkflow(details.raw()));
        if (!after.equals(before)) {
            state.update(draft -> after);
        }
    }

    private void updateDefaults(java.util.function.UnaryOperator<DefaultRunSetting.Builder> change) {
        if (restoring) {
            return;
        }
        DefaultRunSetting before = state.draft().defaultRunSetting();
        DefaultRunSetting after = change.apply(before.toBuilder()).build();
        if (!after.equals(before)) {
            state.update(draft -> draft.withDefaultRunSetting(after));
        }
    }

    static boolean matches(WorkflowSummary w, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return contains(w.name(), needle) || contains(w.id(), needle) || contains(w.description(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    static String nameOf(WorkflowSummary w) {
        return w.name() == null || w.name().isBlank() ? w.id() : w.name();
    }

    /** Complete once the chosen workflow's details are known. */
    public BooleanBinding completeProperty() {
        return Bindings.createBooleanBinding(() -> state.workflowProperty().get() != null
                && state.draft().defaultRunSetting().workflowId() != null, state.workflowProperty(), state.draftProperty());
    }

    public FilteredList<WorkflowSummary> visibleWorkflows() {
        return visible;
    }

    public ObservableList<WorkflowSummary> workflows() {
        return workflows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<WorkflowSummary> workflowProperty() {
        return workflow;
    }

    public ObservableList<VersionChoice> versions() {
        return versions;
    }

    public ObjectProperty<VersionChoice> versionProperty() {
        return version;
    }

    public ObjectProperty<WorkflowDetails> detailsProperty() {
        return state.workflowProperty();
    }

    public ObservableList<RunGroupChoice> runGroups() {
        return runGroups;
    }

    public ObjectProperty<RunGroupChoice> runGroupProperty() {
        return runGroup;
    }

    public ObservableList<RunCacheChoice> runCaches() {
        return runCaches;
    }

    public ObjectProperty<RunCacheChoice> runCacheProperty() {
        return runCache;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
