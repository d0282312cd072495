package org.omicsbatch.ui.services;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.omicsbatch.model.BatchDraft;

/**
 * The core's validation as the form steps use it: batch-level problems by field path
 * ({@code defaultRunSetting.roleArn}, {@code batchName}, {@code parameters.fastq_1}, ...).
 */
@FunctionalInterface
public interface DraftChecks {

    List<FieldIssue> check(BatchDraft draft, JsonNode parameterTemplateOrNull);

    /** One problem of one field; {@code error} false for a warning. */
    record FieldIssue(String field, boolean error, String message) {
    }
}
