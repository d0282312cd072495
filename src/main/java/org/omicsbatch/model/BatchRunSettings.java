package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The service's {@code BatchRunSettings} union: exactly one of {@code inlineSettings} (1 to 100 runs
 * in the request) or {@code s3UriSettings} (a JSON array file in S3, up to 100,000 runs, 6 GB).
 *
 * <p>In a draft the inline list is not limited to 100: rendering decides whether the runs travel
 * inline or in a settings file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchRunSettings(List<InlineSetting> inlineSettings, String s3UriSettings) {

    public BatchRunSettings {
        inlineSettings = inlineSettings == null ? null : List.copyOf(inlineSettings);
    }

    public static BatchRunSettings inline(List<InlineSetting> runs) {
        return new BatchRunSettings(runs, null);
    }

    public static BatchRunSettings s3Uri(String uri) {
        return new BatchRunSettings(null, uri);
    }

    /** The inline runs, or an empty list when the runs live in S3. */
    @JsonIgnore
    public List<InlineSetting> runs() {
        return inlineSettings == null ? List.of() : inlineSettings;
    }
}
