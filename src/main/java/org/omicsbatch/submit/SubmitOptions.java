package org.omicsbatch.submit;

/**
 * How to submit a draft.
 *
 * @param settingsUri   s3://bucket/prefix for the settings file and per-run files (else the draft's)
 * @param firstN        a pilot: send only the first N runs (of those left), or null for all
 * @param skipSubmitted leave out runs an earlier submission of the same draft already sent
 */
public record SubmitOptions(String settingsUri, Integer firstN, boolean skipSubmitted) {
    public static final SubmitOptions ALL = new SubmitOptions(null, null, false);
}
