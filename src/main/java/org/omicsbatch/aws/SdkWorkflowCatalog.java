package org.omicsbatch.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.omicsbatch.model.Json;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.omics.OmicsClient;
import software.amazon.awssdk.services.omics.model.GetWorkflowResponse;
import software.amazon.awssdk.services.omics.model.GetWorkflowVersionResponse;
import software.amazon.awssdk.services.omics.model.ResourceOwner;
import software.amazon.awssdk.services.omics.model.ShareDetails;
import software.amazon.awssdk.services.omics.model.ShareResourceType;
import software.amazon.awssdk.services.omics.model.ShareStatus;
import software.amazon.awssdk.services.omics.model.WorkflowParameter;

/**
 * The workflow catalog on the SDK's generated omics client (which has these operations, unlike the
 * batch ones). Errors come out as this package's typed {@link OmicsServiceException}s.
 */
public final class SdkWorkflowCatalog implements WorkflowCatalog {
    private final OmicsClient omics;
    /** Owners of workflows shared with the account: GetWorkflow needs the owner for those. */
    private final Map<String, String> sharedOwners = new ConcurrentHashMap<>();

    public SdkWorkflowCatalog(OmicsClient omics) {
        this.omics = omics;
    }

    @Override
    public List<WorkflowSummary> listWorkflows() {
        List<WorkflowSummary> out = new ArrayList<>();
        call("ListWorkflows", () -> {
            omics.listWorkflowsPaginator(r -> r.maxResults(100)).items().forEach(w -> out.add(new WorkflowSummary(
                    w.id(), w.name(), w.typeAsString(), w.statusAsString(), null, w.creationTime(), null)));
            return null;
        });
        out.addAll(sharedWithAccount());
        return out;
    }

    /** Workflows other accounts shared with this one (ListShares, resource owner OTHER). */
    private List<WorkflowSummary> sharedWithAccount() {
        List<WorkflowSummary> out = new ArrayList<>();
        try {
            call("ListShares", () -> {
                omics.listSharesPaginator(r -> r.resourceOwner(ResourceOwner.OTHER)
                        .filter(f -> f.type(ShareResourceType.WORKFLOW).status(ShareStatus.ACTIVE)))
                        .shares().forEach(s -> out.add(shared(s)));
                return null;
            });
        } catch (OmicsServiceException notAvailable) {
            // Shares are an extra: an identity (or endpoint) that cannot list them still gets its own workflows.
        }
        return out;
    }

    private WorkflowSummary shared(ShareDetails s) {
        sharedOwners.put(s.resourceId(), s.ownerId());
        return new WorkflowSummary(s.resourceId(), s.shareName(), "PRIVATE", "ACTIVE", "shared by " + s.ownerId(),
                s.creationTime(), s.ownerId());
    }

    @Override
    public List<WorkflowVersionSummary> listVersions(String workflowId) {
        List<WorkflowVersionSummary> out = new ArrayList<>();
        call("ListWorkflowVersions", () -> {
            omics.listWorkflowVersionsPaginator(r -> r.workflowId(workflowId).workflowOwnerId(sharedOwners.get(workflowId)))
                    .items().forEach(v -> out.add(new WorkflowVersionSummary(v.workflowId(), v.versionName(),
                            v.statusAsString(), v.description(), v.creationTime())));
            return null;
        });
        return out;
    }

    @Override
    public WorkflowDetails getWorkflow(String workflowId, String versionName) {
        String owner = sharedOwners.get(workflowId);
        if (versionName == null || versionName.isBlank()) {
            GetWorkflowResponse w = call("GetWorkflow",
                    () -> omics.getWorkflow(r -> r.id(workflowId).workflowOwnerId(owner)));
            return details(w.id(), w.name(), null, w.typeAsString(), w.statusAsString(), w.description(),
                    w.engineAsString(), w.storageCapacity(), w.storageTypeAsString(), w.parameterTemplate());
        }
        GetWorkflowVersionResponse v = call("GetWorkflowVersion", () -> omics.getWorkflowVersion(
                r -> r.workflowId(workflowId).versionName(versionName).workflowOwnerId(owner)));
        return details(v.workflowId(), null, v.versionName(), v.typeAsString(), v.statusAsString(), v.description(),
                v.engineAsString(), v.storageCapacity(), v.storageTypeAsString(), v.parameterTemplate());
    }

    private static WorkflowDetails details(String id, String name, String version, String type, String status,
            String description, String engine, Integer storage, String storageType,
            Map<String, WorkflowParameter> template) {
        ObjectNode parameters = Json.mapper().createObjectNode();
        template.forEach((key, p) -> {
            ObjectNode entry = parameters.putObject(key);
            if (p.description() != null) {
                entry.put("description", p.description());
            }
            if (p.optional() != null) {
                entry.put("optional", p.optional());
            }
        });
        ObjectNode raw = Json.mapper().createObjectNode();
        raw.put("id", id);
        putIfSet(raw, "name", name);
        putIfSet(raw, "versionName", version);
        putIfSet(raw, "type", type);
        putIfSet(raw, "status", status);
        putIfSet(raw, "description", description);
        putIfSet(raw, "engine", engine);
        if (storage != null) {
            raw.put("storageCapacity", storage);
        }
        putIfSet(raw, "storageType", storageType);
        raw.set("parameterTemplate", parameters);
        return new WorkflowDetails(id, name, version, type, status, description, engine, storage, storageType,
                parameters, raw);
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    @Override
    public List<RunGroupSummary> listRunGroups() {
        List<RunGroupSummary> out = new ArrayList<>();
        call("ListRunGroups", () -> {
            omics.listRunGroupsPaginator(r -> r.maxResults(100)).items().forEach(g -> out.add(new RunGroupSummary(
                    g.id(), g.name(), g.maxCpus(), g.maxRuns(), g.maxDuration(), g.maxGpus())));
            return null;
        });
        return out;
    }

    @Override
    public List<RunCacheSummary> listRunCaches() {
        List<RunCacheSummary> out = new ArrayList<>();
        call("ListRunCaches", () -> {
            omics.listRunCachesPaginator(r -> r.maxResults(100)).items().forEach(c -> out.add(new RunCacheSummary(
                    c.id(), c.name(), c.statusAsString(), c.cacheBehaviorAsString(), c.cacheS3Uri())));
            return null;
        });
        return out;
    }

    private static <T> T call(String operation, Supplier<T> body) {
        try {
            return body.get();
        } catch (AwsServiceException e) {
            throw AwsErrors.translate(e, operation);
        }
    }
}
