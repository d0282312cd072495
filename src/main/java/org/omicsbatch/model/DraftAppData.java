package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What only this app keeps in a draft, under {@link BatchDraft#APP_MEMBER}.
 *
 * @param settingsUri   s3:// prefix where the settings file and per-run files are uploaded
 * @param settingsFile  {@code auto} (a file only above 100 runs) or {@code always}
 * @param workflow      the GetWorkflow reply the draft was made for (its {@code parameterTemplate})
 * @param sampleSheet   where the runs came from (file, mapping), for the next import
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DraftAppData(
        String settingsUri,
        String settingsFile,
        JsonNode workflow,
        JsonNode sampleSheet,
        @JsonAnySetter Map<String, JsonNode> unknownMembers) {

    public static final DraftAppData EMPTY = new DraftAppData(null, null, null, null, null);

    public DraftAppData {
        unknownMembers = unknownMembers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(unknownMembers);
    }

    @Override
    @JsonAnyGetter
    public Map<String, JsonNode> unknownMembers() {
        return unknownMembers;
    }

    public DraftAppData withSettingsUri(String value) {
        return new DraftAppData(value, settingsFile, workflow, sampleSheet, unknownMembers);
    }

    public DraftAppData withSettingsFile(String value) {
        return new DraftAppData(settingsUri, value, workflow, sampleSheet, unknownMembers);
    }

    public DraftAppData withWorkflow(JsonNode value) {
        return new DraftAppData(settingsUri, settingsFile, value, sampleSheet, unknownMembers);
    }

    public DraftAppData withSampleSheet(JsonNode value) {
        return new DraftAppData(settingsUri, settingsFile, workflow, value, unknownMembers);
    }
}
