package org.omicsbatch.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.model.BatchRunSettings;
import org.omicsbatch.model.DefaultRunSetting;
import org.omicsbatch.model.InlineSetting;
import org.omicsbatch.model.Json;
import org.omicsbatch.model.StartRunBatchRequest;
import org.omicsbatch.task.Progress;

/**
 * Turns a draft into the {@code StartRunBatch} request the service takes: up to 100 runs inline, more
 * (or any number when asked) in a settings file streamed by {@link SettingsFileWriter} and named by
 * {@code s3UriSettings}. The service merges each run into the default itself, so runs are sent as the
 * user wrote them; only this app's member and members unknown to the service are left out.
 *
 * <p>Each render gets a fresh {@code requestId}: re-sending one rendered file is idempotent, while
 * rendering again makes a new batch.
 */
public final class RequestRenderer {
    /** File name of the settings file, locally and under the settings URI. */
    public static final String SETTINGS_FILE_NAME = "run-settings.json";
    /** File name of the rendered request. */
    public static final String REQUEST_FILE_NAME = "start-run-batch.json";

    private RequestRenderer() {
    }

    /** True when the draft's runs must go to a settings file rather than {@code inlineSettings}. */
    public static boolean usesSettingsFile(BatchDraft draft, SettingsFileMode mode) {
        if (draft.batchRunSettings() == null || draft.batchRunSettings().inlineSettings() == null) {
            return false;
        }
        return mode == SettingsFileMode.ALWAYS || draft.runs().size() > ServiceLimits.INLINE_MAX;
    }

    /** {@code s3://bucket/prefix/} + the settings file name (a missing trailing slash is added). */
    public static String settingsObjectUri(String settingsUri) {
        if (!UploadKeys.isUploadLocation(settingsUri)) {
            throw new IllegalArgumentException("settings URI must look like s3://bucket/prefix/, not \"" + settingsUri + "\"");
        }
        return (settingsUri.endsWith("/") ? settingsUri : settingsUri + "/") + SETTINGS_FILE_NAME;
    }

    /**
     * The request for the draft. When {@link #usesSettingsFile} is true, {@code settingsObjectUri} names
     * where the settings file will be (see {@link #settingsObjectUri}); otherwise it is ignored.
     */
    public static StartRunBatchRequest request(BatchDraft draft, SettingsFileMode mode, String settingsObjectUri) {
        BatchRunSettings runs;
        if (draft.batchRunSettings() != null && draft.batchRunSettings().inlineSettings() == null) {
            runs = BatchRunSettings.s3Uri(draft.batchRunSettings().s3UriSettings());
        } else if (usesSettingsFile(draft, mode)) {
            if (settingsObjectUri == null) {
                throw new IllegalArgumentException(draft.runs().size() + " runs go to a settings file: give a settings URI");
            }
            runs = BatchRunSettings.s3Uri(settingsObjectUri);
        } else {
            runs = BatchRunSettings.inline(draft.runs().stream().map(RequestRenderer::forRequest).toList());
        }
        return new StartRunBatchRequest(draft.batchName(), UUID.randomUUID().toString(), draft.tags(),
                forRequest(draft.defaultRunSetting()), runs);
    }

    /** Writes the settings file of the draft's runs (see {@link SettingsFileWriter}). */
    public static void writeSettingsFile(BatchDraft draft, OutputStream out, Progress progress) throws IOException {
        SettingsFileWriter.write(draft.runs(), out, progress);
    }

    /** Writes the request as indented JSON, accepted by {@code aws omics start-run-batch --cli-input-json}. */
    public static void writeRequest(StartRunBatchRequest request, OutputStream out) throws IOException {
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(new NonClosingStream(out), request);
        out.write('\n');
        out.flush();
    }

    /** The run as the service takes it: members the service does not know are left out. */
    public static InlineSetting forRequest(InlineSetting run) {
        return run.unknownMembers().isEmpty() ? run : run.toBuilder().unknownMembers(null).build();
    }

    public static DefaultRunSetting forRequest(DefaultRunSetting defaults) {
        if (defaults == null) {
            return null;
        }
        return defaults.unknownMembers().isEmpty() ? defaults : defaults.toBuilder().unknownMembers(null).build();
    }
}
