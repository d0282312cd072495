package org.omicsbatch.ui.wizard.defaults;

import java.util.Objects;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.plan.RequestRenderer;

/**
 * The draft's upload location ({@code omicsBatchLauncher.settingsUri}, the command line's
 * {@code --settings-uri}): the S3 folder the submission puts the settings file in (over 100 runs)
 * and local {@code file:} values such as each run's own sample sheet.
 */
final class UploadLocation {
    static final String FIELD = BatchDraft.APP_MEMBER + ".settingsUri";

    private UploadLocation() {
    }

    /** {@code after} with the typed location; unchanged (no empty app member made) when it is the same. */
    static BatchDraft apply(BatchDraft before, BatchDraft after, String typed) {
        String value = typed == null || typed.isBlank() ? null : typed.strip();
        if (Objects.equals(value, before.appOrEmpty().settingsUri())) {
            return after;
        }
        return after.withApp(after.appOrEmpty().withSettingsUri(value));
    }

    /** Why the typed location cannot be used, or null (blank is fine: it is needed only sometimes). */
    static String problem(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            RequestRenderer.settingsObjectUri(typed.strip());
            return null;
        } catch (IllegalArgumentException e) {
            return "an S3 folder, such as s3://my-bucket/omics-batches/";
        }
    }
}
