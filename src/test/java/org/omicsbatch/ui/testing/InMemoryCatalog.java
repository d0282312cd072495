package org.omicsbatch.ui.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omicsbatch.aws.RunCacheSummary;
import org.omicsbatch.aws.RunGroupSummary;
import org.omicsbatch.aws.WorkflowCatalog;
import org.omicsbatch.aws.WorkflowDetails;
import org.omicsbatch.aws.WorkflowSummary;
import org.omicsbatch.aws.WorkflowVersionSummary;
import org.omicsbatch.model.Json;

/**
 * A workflow catalog for view-model tests, holding real parameter templates from the test resources.
 * It records the calls so tests can check what the view model asked for.
 */
public final class InMemoryCatalog implements WorkflowCatalog {
    public final Map<String, WorkflowSummary> workflows = new LinkedHashMap<>();
    public final Map<String, JsonNode> templates = new LinkedHashMap<>();
    public final Map<String, List<String>> versions = new LinkedHashMap<>();
    public final List<RunGroupSummary> runGroups = new ArrayList<>();
    public final List<RunCacheSummary> runCaches = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();

    public InMemoryCatalog add(String id, String name, String type, String owner, String templateResource,
            String... versionNames) {
        workflows.put(id, new WorkflowSummary(id, name, type, "ACTIVE", "the " + name + " pipeline",
                Instant.parse("2026-01-01T00:00:00Z"), owner));
        templates.put(id, templateResource == null ? Json.mapper().createObjectNode() : template(templateResource));
        versions.put(id, List.of(versionNames));
        return this;
    }

    public static JsonNode template(String resource) {
        try (InputStream in = InMemoryCatalog.class.getResourceAsStream("/parameter-templates/" + resource)) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<WorkflowSummary> listWorkflows() {
        calls.add("ListWorkflows");
        return List.copyOf(workflows.values());
    }

    @Override
    public List<WorkflowVersionSummary> listVersions(String workflowId) {
        calls.add("ListWorkflowVersions " + workflowId);
        return versions.getOrDefault(workflowId, List.of()).stream()
                .map(v -> new WorkflowVersionSummary(workflowId, v, "ACTIVE", null, null)).toList();
    }

    @Override
    public WorkflowDetails getWorkflow(String workflowId, String versionName) {
        calls.add("GetWorkflow " + workflowId + (versionName == null ? "" : " " + versionName));
        WorkflowSummary w = workflows.get(workflowId);
        ObjectNode raw = Json.mapper().createObjectNode();
        raw.put("id", w.id());
        raw.put("name", w.name());
        if (versionName != null) {
            raw.put("versionName", versionName);
        }
        raw.put("type", w.type());
        raw.put("status", "ACTIVE");
        raw.put("engine", "NEXTFLOW");
        raw.set("parameterTemplate", templates.get(workflowId));
        return new WorkflowDetails(w.id(), w.name(), versionName, w.type(), "ACTIVE", w.description(), "NEXTFLOW",
                null, null, templates.get(workflowId), raw);
    }

    @Override
    public List<RunGroupSummary> listRunGroups() {
        calls.add("ListRunGroups");
        return runGroups;
    }

    @Override
    public List<RunCacheSummary> listRunCaches() {
        calls.add("ListRunCaches");
        return runCaches;
    }
}
