package org.omicsbatch.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.RunStatus;
import org.omicsbatch.model.StartRunBatchRequest;

/**
 * What StartRunBatch checks synchronously ("validates common fields synchronously"), how the
 * settings file is read when setup completes, and how a run is made from a run setting.
 */
final class BatchSetup implements Lifecycle.SettingsReader {
    private static final int MAX_RUNS = 100_000;
    private static final com.fasterxml.jackson.databind.ObjectReader INLINE_SETTING =
            Json.mapper().readerFor(InlineSetting.class);

    private final SandboxOptions options;
    private final Catalog catalog;
    private final S3Store s3;
    private final ServiceModel model;

    BatchSetup(SandboxOptions options, Catalog catalog, S3Store s3, ServiceModel model) {
        this.options = options;
        this.catalog = catalog;
        this.s3 = s3;
        this.model = model;
    }

    BatchState create(StartRunBatchRequest request, String id, Instant now) {
        DefaultRunSetting d = request.defaultRunSetting();
        checkDefaults(d);
        BatchState b = new BatchState();
        b.id = id;
        b.arn = options.arn("runBatch/" + id);
        b.uuid = randomUuid();
        b.name = request.batchName();
        b.requestId = request.requestId();
        b.tags = request.tags();
        b.defaultRunSetting = d;
        b.creationTime = now;
        b.enter(BatchStatus.CREATING, now);
        String uri = request.batchRunSettings().s3UriSettings();
        if (uri != null) {
            b.s3UriSettings = uri;
            b.settingsETag = headSettings(uri);
        } else {
            request.batchRunSettings().inlineSettings().forEach(s -> b.entries.add(new RunEntry(s)));
            b.entriesKnown = true;
        }
        return b;
    }

    private void checkDefaults(DefaultRunSetting d) {
        if ("READY2RUN".equals(d.workflowType())) {
            throw SandboxException.validation("Batch runs are not supported with READY2RUN workflows");
        }
        if (d.workflowOwnerId() != null && !d.workflowOwnerId().equals(SandboxOptions.ACCOUNT_ID)) {
            // the sandbox's account is the only one; nobody shares workflows with it
            throw SandboxException.notFound("Workflow " + d.workflowId() + " shared by account " + d.workflowOwnerId()
                    + " not found");
        }
        Catalog.Workflow w = catalog.workflow(d.workflowId())
                .orElseThrow(() -> SandboxException.notFound("Workflow " + d.workflowId() + " not found"));
        if ("READY2RUN".equals(w.type())) {
            throw SandboxException.validation("Workflow " + w.id()
                    + " is a READY2RUN workflow: batch runs are not supported with READY2RUN workflows");
        }
        if (d.workflowVersionName() != null && !w.versionNames().contains(d.workflowVersionName())) {
            throw SandboxException.notFound("Workflow version " + d.workflowVersionName() + " of workflow "
                    + w.id() + " not found");
        }
        if (d.cacheBehavior() != null && d.cacheId() == null) {
            throw SandboxException.validation("cacheBehavior requires cacheId to be set");
        }
        if (d.cacheId() != null && catalog.runCache(d.cacheId()).isEmpty()) {
            throw SandboxException.notFound("Run cache " + d.cacheId() + " not found");
        }
        if (d.runGroupId() != null && catalog.runGroup(d.runGroupId()).isEmpty()) {
            throw SandboxException.notFound("Run group " + d.runGroupId() + " not found");
        }
        if (d.configurationName() != null) {
            throw SandboxException.notFound("Run configuration " + d.configurationName()
                    + " not found (the sandbox has no run configurations)");
        }
        if ("VPC".equals(d.networkingMode())) {
            throw SandboxException.validation("networkingMode VPC requires configurationName, the run configuration "
                    + "that names the VPC");
        }
        if (d.outputUri() != null && !d.outputUri().startsWith("s3://")) {
            throw SandboxException.validation("defaultRunSetting.outputUri must begin with s3://, was " + d.outputUri());
        }
    }

    /** "HealthOmics validates access to the file during the synchronous API call and records the file's ETag." */
    private String headSettings(String uri) {
        S3Uri loc = S3Uri.parse(uri).orElseThrow(() -> SandboxException.validation(
                "s3UriSettings must be an S3 object URI (s3://bucket/key), was " + uri));
        try {
            return s3.get(loc.bucket(), loc.key()).map(S3Store.StoredObject::etag).orElseThrow(
                    () -> SandboxException.validation("Unable to access the run settings file " + uri
                            + ": the object does not exist"));
        } catch (S3Exception e) {
            throw SandboxException.validation("Unable to access the run settings file " + uri + ": " + e.getMessage());
        }
    }

    /** Ends CREATING: the settings file is read now and must be the object whose ETag was recorded. */
    @Override
    public boolean read(BatchState b, Instant at) {
        if (b.s3UriSettings != null) {
            Optional<String> failure = readSettingsFile(b);
            if (failure.isPresent()) {
                b.failureReason = failure.get();
                b.failedTime = at;
                b.enter(BatchStatus.FAILED, at);
                return true;
            }
        }
        b.enter(BatchStatus.PENDING, at);
        return true;
    }

    private Optional<String> readSettingsFile(BatchState b) {
        S3Uri loc = S3Uri.parse(b.s3UriSettings).orElseThrow();
        Optional<S3Store.StoredObject> o;
        try {
            o = s3.get(loc.bucket(), loc.key());
        } catch (S3Exception e) {
            o = Optional.empty();
        }
        if (o.isEmpty()) {
            return Optional.of("Run settings file " + b.s3UriSettings + " could not be read: it no longer exists");
        }
        if (!o.get().etag().equals(b.settingsETag)) {
            return Optional.of("Run settings file " + b.s3UriSettings + " was modified after submission (ETag "
                    + b.settingsETag + " recorded at StartRunBatch, " + o.get().etag() + " found)");
        }
        JsonNode array;
        try {
            array = Json.mapper().readTree(o.get().data());
        } catch (IOException e) {
            return Optional.of("Run settings file " + b.s3UriSettings + " is not valid JSON: "
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (array == null || !array.isArray() || array.isEmpty() || array.size() > MAX_RUNS) {
            return Optional.of("Run settings file " + b.s3UriSettings
                    + " must be a JSON array of 1 to 100,000 run settings in the format of inlineSettings");
        }
        for (JsonNode element : array) {
            b.entries.add(entry(element));
        }
        b.entriesKnown = true;
        return Optional.empty();
    }

    /** One element of a settings file; a malformed one becomes a run setting that fails validation. */
    private RunEntry entry(JsonNode element) {
        List<String> violations = model.violations("InlineSetting", element);
        if (violations.isEmpty()) {
            try {
                return new RunEntry(INLINE_SETTING.readValue(element));
            } catch (IOException e) {
                violations = List.of(e.getMessage());
            }
        }
        RunEntry e = new RunEntry();
        e.runSettingId = element.path("runSettingId").isTextual() ? element.get("runSettingId").asText() : null;
        e.setting = InlineSetting.builder().runSettingId(e.runSettingId).build();
        e.invalidSetting = String.join("; ", violations);
        return e;
    }

    @Override
    public void validateRuns(BatchState b) {
        JsonNode template = catalog.workflow(b.workflowId()).map(Catalog.Workflow::parameterTemplate).orElse(null);
        RunSettingsCheck.checkAll(b, template);
    }

    /** A run made from a run setting merged with the batch's defaults (fields replaced, parameters and tags merged). */
    RunState run(BatchState b, RunEntry e, String id, Instant at) {
        DefaultRunSetting d = b.defaultRunSetting;
        InlineSetting s = e.setting;
        RunState r = new RunState();
        r.id = id;
        r.arn = options.arn("run/" + id);
        r.uuid = randomUuid();
        r.batchId = b.id;
        r.name = s.name() != null ? s.name() : d.name();
        r.workflowId = d.workflowId();
        r.workflowType = d.workflowType() != null ? d.workflowType() : "PRIVATE";
        r.workflowVersionName = d.workflowVersionName();
        r.workflowUuid = Catalog.uuid(d.workflowId());
        r.roleArn = d.roleArn();
        r.runGroupId = d.runGroupId();
        r.priority = s.priority() != null ? s.priority() : d.priority();
        r.parameters = RunSettingsCheck.merged(d.parameters(), s.parameters());
        r.storageType = d.storageType() != null ? d.storageType() : "DYNAMIC";
        r.storageCapacity = d.storageCapacity() != null ? d.storageCapacity() : "STATIC".equals(r.storageType) ? 1200 : null;
        r.outputUri = s.outputUri() != null ? s.outputUri() : d.outputUri();
        r.logLevel = d.logLevel();
        r.retentionMode = d.retentionMode() != null ? d.retentionMode() : "RETAIN";
        r.cacheId = d.cacheId();
        r.cacheBehavior = d.cacheBehavior() != null || d.cacheId() == null ? d.cacheBehavior()
                : catalog.runCache(d.cacheId()).map(Catalog.RunCache::cacheBehavior).orElse(null);
        r.networkingMode = d.networkingMode() != null ? d.networkingMode() : "RESTRICTED";
        Map<String, String> tags = new LinkedHashMap<>();
        if (d.runTags() != null) {
            tags.putAll(d.runTags());
        }
        if (s.runTags() != null) {
            tags.putAll(s.runTags());
        }
        r.tags = tags;
        r.creationTime = at;
        r.enter(RunStatus.PENDING, at);
        return r;
    }

    /** A version-4 UUID; not from SecureRandom, whose cost adds up over 100,000 runs and buys nothing here. */
    static String randomUuid() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        long high = (r.nextLong() & ~0xF000L) | 0x4000L;
        long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** An {@code s3://bucket/key} URI. */
    record S3Uri(String bucket, String key) {
        static Optional<S3Uri> parse(String uri) {
            if (uri == null || !uri.startsWith("s3://")) {
                return Optional.empty();
            }
            String rest = uri.substring(5);
            int slash = rest.indexOf('/');
            if (slash <= 0 || slash == rest.length() - 1) {
                return Optional.empty();
            }
            return Optional.of(new S3Uri(rest.substring(0, slash), rest.substring(slash + 1)));
        }
    }
}
