package org.omicsbatch.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.omicsbatch.model.Json;

/**
 * The sandbox's workflow catalog, run groups and run caches: seeded demo resources so a client has
 * something real to list and pick. The three PRIVATE workflows carry the parameter templates of
 * public AWS HealthOmics tutorial workflows (see workflows/SOURCES.md); the READY2RUN one exists
 * so that batches can refuse it, as the service does.
 */
public final class Catalog {
    /** A workflow and its versions (every version shares the workflow's template). */
    public record Workflow(String id, String name, String type, String engine, String description, String main,
            Instant creationTime, JsonNode parameterTemplate, List<String> versionNames) {
    }

    public record RunGroup(String id, String name, int maxCpus, int maxRuns, int maxDuration, int maxGpus,
            Instant creationTime) {
    }

    public record RunCache(String id, String name, String cacheBehavior, String cacheS3Uri, Instant creationTime) {
    }

    public static final String RNASEQ_ID = "9000001";
    public static final String FASTQC_ID = "9000002";
    public static final String GATK_FQ2BAM_ID = "9000003";
    public static final String READY2RUN_ID = "9100001";
    public static final String RUN_GROUP_ID = "9200001";
    public static final String RUN_CACHE_ID = "9300001";

    private static final Instant SEEDED = Instant.parse("2026-01-15T09:30:00Z");

    private final SandboxOptions options;
    private final List<Workflow> workflows;
    private final List<RunGroup> runGroups;
    private final List<RunCache> runCaches;

    private Catalog(SandboxOptions options, List<Workflow> workflows, List<RunGroup> runGroups,
            List<RunCache> runCaches) {
        this.options = options;
        this.workflows = workflows;
        this.runGroups = runGroups;
        this.runCaches = runCaches;
    }

    public static Catalog seeded(SandboxOptions options) {
        List<Workflow> workflows = List.of(
                new Workflow(RNASEQ_ID, "nf-core-rnaseq", "PRIVATE", "NEXTFLOW",
                        "nf-core/rnaseq: RNA sequencing analysis pipeline (sandbox demo)", "main.nf", SEEDED,
                        template("nf-core-rnaseq"), List.of("3.12.0", "3.14.0")),
                new Workflow(FASTQC_ID, "nf-core-fastqc", "PRIVATE", "NEXTFLOW",
                        "FastQC read quality control, nf-core module (sandbox demo)", "main.nf", SEEDED,
                        template("nf-core-fastqc"), List.of("1.0.0")),
                new Workflow(GATK_FQ2BAM_ID, "gatk-fastqs-to-analysis-ready-bam", "PRIVATE", "WDL",
                        "GATK best practices: FASTQ pairs to an analysis-ready BAM (sandbox demo)", "main.wdl",
                        SEEDED, template("gatk-fastqs-to-analysis-ready-bam"), List.of("1.0.0")),
                new Workflow(READY2RUN_ID, "GATK-BP germline fq2vcf for 30x genome (READY2RUN demo)", "READY2RUN",
                        "WDL", "A READY2RUN workflow: single runs only, batches refuse it", "main.wdl", SEEDED,
                        template("gatk-fastqs-to-analysis-ready-bam"), List.of()));
        return new Catalog(options, workflows,
                List.of(new RunGroup(RUN_GROUP_ID, "sandbox-demo-group", 256, 50, 1440, 4, SEEDED)),
                List.of(new RunCache(RUN_CACHE_ID, "sandbox-demo-cache", "CACHE_ON_FAILURE",
                        "s3://omics-sandbox-cache/run-cache/", SEEDED)));
    }

    private static JsonNode template(String name) {
        String path = "workflows/" + name + ".parameter-template.json";
        try (InputStream in = Catalog.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Workflow> workflow(String id) {
        return workflows.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    public Optional<RunGroup> runGroup(String id) {
        return runGroups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<RunCache> runCache(String id) {
        return runCaches.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * ListWorkflows. Without a {@code type} the service lists the account's PRIVATE workflows;
     * READY2RUN ones are listed when asked for by type. The {@code name} filter matches the start
     * of a name (the documentation does not say; a prefix is what a search box wants).
     */
    public ObjectNode listWorkflows(String type, String name, Integer maxResults, String token) {
        String wanted = type == null ? "PRIVATE" : type;
        List<Workflow> matching = workflows.stream().filter(w -> w.type().equals(wanted))
                .filter(w -> name == null || w.name().startsWith(name)).toList();
        Pages.Page<Workflow> page = Pages.page(matching, Workflow::id, maxResults, 100, token);
        ObjectNode reply = Json.mapper().createObjectNode();
        var items = reply.putArray("items");
        for (Workflow w : page.items()) {
            ObjectNode item = items.addObject();
            item.put("arn", arn(w)).put("id", w.id()).put("name", w.name()).put("status", "ACTIVE")
                    .put("type", w.type()).put("digest", digest(w.id())).put("creationTime", w.creationTime().toString());
            item.putObject("metadata");
        }
        return withToken(reply, page.nextToken());
    }

    public ObjectNode getWorkflow(String id) {
        return getWorkflow(id, null);
    }

    /** GetWorkflow; a {@code type} that is not the workflow's finds nothing, as in the service. */
    public ObjectNode getWorkflow(String id, String type) {
        Workflow w = workflow(id).filter(x -> type == null || x.type().equals(type))
                .orElseThrow(() -> SandboxException.notFound("Workflow " + id + " not found"));
        ObjectNode reply = Json.mapper().createObjectNode();
        reply.put("arn", arn(w)).put("id", w.id()).put("status", "ACTIVE").put("type", w.type())
                .put("name", w.name()).put("description", w.description()).put("engine", w.engine())
                .put("main", w.main()).put("digest", digest(w.id()));
        reply.set("parameterTemplate", w.parameterTemplate().deepCopy());
        reply.put("storageCapacity", 1200).put("storageType", "DYNAMIC")
                .put("creationTime", w.creationTime().toString()).put("uuid", uuid(w.id()));
        reply.putObject("tags");
        return reply;
    }

    public ObjectNode listWorkflowVersions(String workflowId, Integer maxResults, String token) {
        Workflow w = workflow(workflowId)
                .orElseThrow(() -> SandboxException.notFound("Workflow " + workflowId + " not found"));
        Pages.Page<String> page = Pages.page(w.versionNames(), v -> v, maxResults, 100, token);
        ObjectNode reply = Json.mapper().createObjectNode();
        var items = reply.putArray("items");
        for (String v : page.items()) {
            items.addObject().put("arn", arn(w) + "/version/" + v).put("workflowId", w.id()).put("versionName", v)
                    .put("status", "ACTIVE").put("type", w.type()).put("digest", digest(w.id() + v))
                    .put("creationTime", w.creationTime().toString());
        }
        return withToken(reply, page.nextToken());
    }

    public ObjectNode getWorkflowVersion(String workflowId, String versionName) {
        Workflow w = workflow(workflowId)
                .orElseThrow(() -> SandboxException.notFound("Workflow " + workflowId + " not found"));
        if (!w.versionNames().contains(versionName)) {
            throw SandboxException.notFound("Workflow version " + versionName + " of workflow " + workflowId
                    + " not found");
        }
        ObjectNode reply = getWorkflow(workflowId);
        reply.remove("id");
        reply.remove("name"); // GetWorkflowVersionResponse has no name
        reply.put("arn", arn(w) + "/version/" + versionName).put("workflowId", w.id()).put("versionName", versionName)
                .put("digest", digest(w.id() + versionName));
        return reply;
    }

    public ObjectNode listRunGroups(String name, Integer maxResults, String token) {
        List<RunGroup> matching = runGroups.stream().filter(g -> name == null || g.name().equals(name)).toList();
        Pages.Page<RunGroup> page = Pages.page(matching, RunGroup::id, maxResults, 100, token);
        ObjectNode reply = Json.mapper().createObjectNode();
        var items = reply.putArray("items");
        page.items().forEach(g -> items.add(runGroupNode(g)));
        return withToken(reply, page.nextToken());
    }

    public ObjectNode getRunGroup(String id) {
        RunGroup g = runGroup(id).orElseThrow(() -> SandboxException.notFound("Run group " + id + " not found"));
        ObjectNode node = runGroupNode(g);
        node.putObject("tags");
        return node;
    }

    private ObjectNode runGroupNode(RunGroup g) {
        return Json.mapper().createObjectNode().put("arn", options.arn("runGroup/" + g.id())).put("id", g.id())
                .put("name", g.name()).put("maxCpus", g.maxCpus()).put("maxRuns", g.maxRuns())
                .put("maxDuration", g.maxDuration()).put("creationTime", g.creationTime().toString())
                .put("maxGpus", g.maxGpus());
    }

    public ObjectNode listRunCaches(Integer maxResults, String token) {
        Pages.Page<RunCache> page = Pages.page(runCaches, RunCache::id, maxResults, 100, token);
        ObjectNode reply = Json.mapper().createObjectNode();
        var items = reply.putArray("items");
        page.items().forEach(c -> items.add(runCacheNode(c)));
        return withToken(reply, page.nextToken());
    }

    public ObjectNode getRunCache(String id) {
        RunCache c = runCache(id).orElseThrow(() -> SandboxException.notFound("Run cache " + id + " not found"));
        ObjectNode node = runCacheNode(c).put("cacheBucketOwnerId", SandboxOptions.ACCOUNT_ID);
        node.putObject("tags");
        return node;
    }

    private ObjectNode runCacheNode(RunCache c) {
        return Json.mapper().createObjectNode().put("arn", options.arn("runCache/" + c.id()))
                .put("cacheBehavior", c.cacheBehavior()).put("cacheS3Uri", c.cacheS3Uri())
                .put("creationTime", c.creationTime().toString()).put("id", c.id()).put("name", c.name())
                .put("status", "ACTIVE");
    }

    String arn(Workflow w) {
        return options.arn("workflow/" + w.id());
    }

    private static ObjectNode withToken(ObjectNode reply, String token) {
        if (token != null) {
            reply.put("nextToken", token);
        }
        return reply;
    }

    /**
     * A stable digest standing in for the workflow bundle's: "sha256:" and hex, cut to the 64
     * characters the model allows for WorkflowDigest.
     */
    static String digest(String seed) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return ("sha256:" + HexFormat.of().formatHex(d)).substring(0, 64);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stable UUID derived from an id, so replies do not change between calls or restarts. */
    static String uuid(String seed) {
        return java.util.UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
