package org.omicsbatch.ui.wizard.parameters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.omicsbatch.aws.WorkflowDetails;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.Json;
import org.omicsbatch.ui.services.DraftChecks;
import org.omicsbatch.ui.wizard.DraftState;

/**
 * Step 4: the parameters every run shares ({@code defaultRunSetting.parameters}), as a form made from
 * the workflow's {@code parameterTemplate}: required ones first, optional ones apart, and any value
 * the template does not know listed so it can be removed. Runs may set or override each of them.
 */
public final class SharedParametersViewModel {
    private final DraftState state;
    private final DraftChecks checks;
    private final ObservableList<ParameterField> required = FXCollections.observableArrayList();
    private final ObservableList<ParameterField> optional = FXCollections.observableArrayList();
    private final ObservableList<ParameterField> unknown = FXCollections.observableArrayList();
    private final BooleanProperty hasErrors = new SimpleBooleanProperty();
    private boolean loading;

    public SharedParametersViewModel(DraftState state, DraftChecks checks) {
        this.state = state;
        this.checks = checks;
        state.workflowProperty().addListener((obs, old, workflow) -> rebuild());
        state.draftProperty().addListener((obs, old, draft) -> {
            if (!loading) {
                showValues(draft);
            }
        });
        rebuild();
    }

    /** Makes one field per template entry (and per unknown value in the draft). */
    private void rebuild() {
        List<ParameterField> req = new ArrayList<>();
        List<ParameterField> opt = new ArrayList<>();
        WorkflowDetails workflow = state.workflowProperty().get();
        JsonNode template = workflow == null ? null : workflow.parameterTemplate();
        if (template != null && template.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode spec = entry.getValue();
                boolean optionalFlag = spec.path("optional").asBoolean(false);
                ParameterField field = new ParameterField(entry.getKey(), spec.path("description").asText(""),
                        !optionalFlag, true);
                (optionalFlag ? opt : req).add(field);
            }
        }
        required.setAll(req);
        optional.setAll(opt);
        req.forEach(this::listen);
        opt.forEach(this::listen);
        showValues(state.draft());
    }

    private void listen(ParameterField field) {
        field.textProperty().addListener((obs, old, now) -> push());
        field.jsonProperty().addListener((obs, old, now) -> push());
    }

    private List<ParameterField> fields() {
        List<ParameterField> all = new ArrayList<>(required);
        all.addAll(optional);
        all.addAll(unknown);
        return all;
    }

    /** Shows the draft's shared values; values the template lacks get their own fields. */
    private void showValues(BatchDraft draft) {
        loading = true;
        try {
            JsonNode values = draft.defaultRunSetting().parameters();
            List<ParameterField> extra = new ArrayList<>();
            for (ParameterField field : new ArrayList<>(required)) {
                field.show(values == null ? null : values.get(field.name()));
            }
            for (ParameterField field : new ArrayList<>(optional)) {
                field.show(values == null ? null : values.get(field.name()));
            }
            if (values != null && values.isObject()) {
                values.fieldNames().forEachRemaining(name -> {
                    if (find(name) == null) {
                        ParameterField field = new ParameterField(name, "", false, false);
                        field.show(values.get(name));
                        listen(field);
                        extra.add(field);
                    }
                });
            }
            unknown.setAll(extra);
        } finally {
            loading = false;
        }
        validate();
    }

    private ParameterField find(String name) {
        for (ParameterField field : required) {
            if (field.name().equals(name)) {
                return field;
            }
        }
        for (ParameterField field : optional) {
            if (field.name().equals(name)) {
                return field;
            }
        }
        return null;
    }

    /** Writes every field into {@code defaultRunSetting.parameters}; a field whose JSON does not parse keeps its old value. */
    private void push() {
        if (loading) {
            return;
        }
        JsonNode before = state.draft().defaultRunSetting().parameters();
        ObjectNode values = Json.mapper().createObjectNode();
        for (ParameterField field : fields()) {
            try {
                JsonNode value = field.value();
                if (value != null) {
                    values.set(field.name(), value);
                }
            } catch (JsonProcessingException e) {
                JsonNode old = before == null ? null : before.get(field.name());
                if (old != null) {
                    values.set(field.name(), old);
                }
            }
        }
        JsonNode after = values.isEmpty() ? null : values;
        if (!java.util.Objects.equals(before, after)) {
            loading = true;
            try {
                state.update(draft -> draft.withDefaultRunSetting(
                        draft.defaultRunSetting().toBuilder().parameters(after).build()));
            } finally {
                loading = false;
            }
        }
        validate();
    }

    /** Messages per field: JSON that does not parse, the core's problems, and required ones left to the runs. */
    private void validate() {
        WorkflowDetails workflow = state.workflowProperty().get();
        List<DraftChecks.FieldIssue> issues = checks.check(state.draft(), workflow == null ? null : workflow.raw());
        boolean errors = false;
        for (ParameterField field : fields()) {
            String message = "";
            boolean error = false;
            try {
                field.value();
            } catch (JsonProcessingException e) {
                message = "Not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage();
                error = true;
            }
            if (message.isEmpty()) {
                for (DraftChecks.FieldIssue issue : issues) {
                    if (issue.field().equals("defaultRunSetting.parameters." + field.name())) {
                        message = issue.message();
                        error = issue.error();
                        break;
                    }
                }
            }
            if (message.isEmpty() && field.required() && field.textProperty().get().isEmpty()) {
                message = "Required by the workflow: set it here for every run, or per run in the Runs step.";
            }
            field.messageProperty().set(message);
            field.messageIsErrorProperty().set(error);
            errors |= error;
        }
        hasErrors.set(errors);
    }

    /** Removes a value the workflow's template does not declare. */
    public void remove(ParameterField field) {
        field.textProperty().set("");
        unknown.remove(field);
        push();
    }

    public ObservableList<ParameterField> required() {
        return required;
    }

    public ObservableList<ParameterField> optional() {
        return optional;
    }

    public ObservableList<ParameterField> unknown() {
        return unknown;
    }

    /** True once a workflow with its template is chosen. */
    public BooleanBinding hasTemplateProperty() {
        return Bindings.createBooleanBinding(() -> state.workflowProperty().get() != null
                && state.workflowProperty().get().parameterTemplate() != null, state.workflowProperty());
    }

    /** Complete when no value is broken; missing required values may still come from the runs. */
    public BooleanBinding completeProperty() {
        return hasErrors.not().and(Bindings.createBooleanBinding(() -> state.workflowProperty().get() != null,
                state.workflowProperty()));
    }
}
