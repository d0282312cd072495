package org.omicsbatch.submit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.omicsbatch.aws.AccessDeniedException;
import org.omicsbatch.aws.ResourceNotFoundException;
import org.omicsbatch.aws.S3Files;
import org.omicsbatch.aws.S3Location;
import org.omicsbatch.aws.WorkflowCatalog;
import org.omicsbatch.aws.WorkflowDetails;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.plan.Problem.Severity;
import org.omicsbatch.plan.RunMerger;
import org.omicsbatch.task.Progress;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The commonest causes of failed runs, caught before submit: every distinct s3:// URI in every run's
 * merged parameters exists (HeadObject, many at a time), the workflow can run in a batch (PRIVATE,
 * ACTIVE), and each output bucket is reachable. What this identity may not check is a warning:
 * the runs use the workflow's role, which may be allowed where the user is not.
 */
public final class Preflight {
    /** Runs named per finding; the rest are counted. */
    private static final int RUNS_NAMED = 5;

    private final WorkflowCatalog catalog;
    private final S3Files s3;
    private final int parallelism;

    public Preflight(WorkflowCatalog catalog, S3Files s3, int parallelism) {
        this.catalog = catalog;
        this.s3 = s3;
        this.parallelism = parallelism;
    }

    public List<PreflightFinding> check(BatchDraft draft, Progress progress) {
        List<PreflightFinding> findings = Collections.synchronizedList(new ArrayList<>());
        checkWorkflow(draft, findings);
        UriUse inputs = new UriUse();
        UriUse outputs = new UriUse();
        RunMerger.forEach(draft, progress, run -> {
            collect(run.settings().parameters(), run.runSettingId(), inputs);
            if (run.settings().outputUri() != null) {
                outputs.add(run.settings().outputUri(), run.runSettingId());
            }
        });
        checkOutputBuckets(outputs, findings);
        checkObjects(inputs, findings, progress);
        return List.copyOf(findings);
    }

    private void checkWorkflow(BatchDraft draft, List<PreflightFinding> findings) {
        var defaults = draft.defaultRunSetting();
        if (defaults == null || defaults.workflowId() == null) {
            return; // validation names the missing workflowId
        }
        String subject = "workflow " + defaults.workflowId();
        try {
            WorkflowDetails w = catalog.getWorkflow(defaults.workflowId(), defaults.workflowVersionName());
            if (!"PRIVATE".equals(w.type())) {
                findings.add(batch(Severity.ERROR, subject, "is " + w.type() + "; batches run only PRIVATE workflows "
                        + "(your own or shared with you)"));
            }
            if (!"ACTIVE".equals(w.status())) {
                findings.add(batch(Severity.ERROR, subject, "is " + w.status() + ", not ACTIVE; runs would fail"));
            }
        } catch (ResourceNotFoundException e) {
            findings.add(batch(Severity.ERROR, subject, "does not exist in this region (or this version does not)"));
        } catch (AccessDeniedException e) {
            findings.add(batch(Severity.WARNING, subject, "could not be checked: " + e.advice()));
        }
    }

    private void checkOutputBuckets(UriUse outputs, List<PreflightFinding> findings) {
        Map<String, UriUse> byBucket = new LinkedHashMap<>();
        outputs.uses.forEach((uri, runs) -> S3Location.parse(uri).ifPresent(l -> {
            UriUse u = byBucket.computeIfAbsent(l.bucket(), b -> new UriUse());
            runs.ids.forEach(id -> u.add(l.bucket(), id));
            u.uses.get(l.bucket()).count += runs.count - runs.ids.size();
        }));
        byBucket.forEach((bucket, use) -> {
            Runs runs = use.uses.get(bucket);
            try {
                s3.headBucket(bucket);
            } catch (S3Exception e) {
                boolean missing = e.statusCode() == 404;
                findings.add(new PreflightFinding(missing ? Severity.ERROR : Severity.WARNING, "output bucket " + bucket,
                        missing ? "does not exist" : "could not be checked (" + e.statusCode()
                                + "); make sure the run role may write to it", runs.ids, runs.count));
            } catch (SdkException e) {
                findings.add(new PreflightFinding(Severity.WARNING, "output bucket " + bucket,
                        "could not be checked: " + e.getMessage(), runs.ids, runs.count));
            }
        });
    }

    private void checkObjects(UriUse inputs, List<PreflightFinding> findings, Progress progress) {
        int total = inputs.uses.size();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "preflight-head");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> pending = new ArrayList<>();
            inputs.uses.forEach((uri, runs) -> pending.add(pool.submit(() -> {
                if (!progress.isCancelled()) {
                    checkObject(uri, runs, findings);
                    progress.update(done.incrementAndGet(), total, "checking S3 inputs");
                }
            })));
            for (Future<?> f : pending) {
                progress.checkCancelled();
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.Cancelled();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void checkObject(String uri, Runs runs, List<PreflightFinding> findings) {
        S3Location location = S3Location.parse(uri).orElse(null);
        if (location == null) {
            findings.add(new PreflightFinding(Severity.ERROR, uri, "is not a valid s3:// URI", runs.ids, runs.count));
            return;
        }
        try {
            boolean exists = location.key().isEmpty() || location.key().endsWith("/")
                    ? s3.prefixExists(location) : s3.headAnyOwner(location).isPresent();
            if (!exists) {
                findings.add(new PreflightFinding(Severity.ERROR, uri, "does not exist", runs.ids, runs.count));
            }
        } catch (S3Exception e) {
            findings.add(new PreflightFinding(Severity.WARNING, uri, e.statusCode() == 403
                    ? "could not be checked (access denied for you; the run role may still read it)"
                    : "could not be checked (" + e.statusCode() + ")", runs.ids, runs.count));
        } catch (SdkException e) {
            findings.add(new PreflightFinding(Severity.WARNING, uri, "could not be checked: " + e.getMessage(),
                    runs.ids, runs.count));
        }
    }

    private static PreflightFinding batch(Severity severity, String subject, String message) {
        return new PreflightFinding(severity, subject, message, List.of(), 0);
    }

    private static void collect(JsonNode node, String runSettingId, UriUse sink) {
        if (node == null) {
            return;
        }
        if (node.isTextual() && node.textValue().startsWith("s3://")) {
            sink.add(node.textValue(), runSettingId);
        } else if (node.isContainerNode()) {
            node.forEach(child -> collect(child, runSettingId, sink));
        }
    }

    /** Which runs use each URI: the first few by id, all by count. */
    private static final class UriUse {
        final Map<String, Runs> uses = new LinkedHashMap<>();

        void add(String uri, String runSettingId) {
            Runs r = uses.computeIfAbsent(uri, u -> new Runs());
            r.count++;
            if (r.ids.size() < RUNS_NAMED) {
                r.ids.add(runSettingId);
            }
        }
    }

    private static final class Runs {
        final List<String> ids = new ArrayList<>(RUNS_NAMED);
        int count;
    }
}
