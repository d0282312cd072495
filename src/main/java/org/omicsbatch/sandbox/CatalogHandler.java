package org.omicsbatch.sandbox;

import static org.omicsbatch.sandbox.BatchHandler.integer;
import static org.omicsbatch.sandbox.BatchHandler.text;
import static org.omicsbatch.sandbox.BatchHandler.tree;

import org.omicsbatch.model.ListRunsRequest;
import org.omicsbatch.model.RunStatus;

/** Runs (ListRuns, GetRun) and the catalog (workflows, versions, run groups, run caches) on the wire. */
final class CatalogHandler {
    private final SandboxBackend backend;

    CatalogHandler(SandboxBackend backend) {
        this.backend = backend;
    }

    void registerOn(OmicsRouter router) {
        router.register("ListRuns", in -> tree(backend.listRuns(new ListRunsRequest(text(in, "batchId"),
                in.has("status") ? RunStatus.fromValue(text(in, "status")) : null, text(in, "name"),
                text(in, "runGroupId"), integer(in, "maxResults"), text(in, "startingToken")))));
        router.register("GetRun", in -> backend.getRun(text(in, "id")));
        Catalog c = backend.catalog();
        router.register("ListWorkflows", in -> c.listWorkflows(text(in, "type"), text(in, "name"),
                integer(in, "maxResults"), text(in, "startingToken")));
        router.register("GetWorkflow", in -> c.getWorkflow(text(in, "id"), text(in, "type")));
        router.register("ListWorkflowVersions", in -> c.listWorkflowVersions(text(in, "workflowId"),
                integer(in, "maxResults"), text(in, "startingToken")));
        router.register("GetWorkflowVersion", in -> c.getWorkflowVersion(text(in, "workflowId"),
                text(in, "versionName")));
        router.register("ListRunGroups", in -> c.listRunGroups(text(in, "name"), integer(in, "maxResults"),
                text(in, "startingToken")));
        router.register("GetRunGroup", in -> c.getRunGroup(text(in, "id")));
        router.register("ListRunCaches", in -> c.listRunCaches(integer(in, "maxResults"), text(in, "startingToken")));
        router.register("GetRunCache", in -> c.getRunCache(text(in, "id")));
    }
}
