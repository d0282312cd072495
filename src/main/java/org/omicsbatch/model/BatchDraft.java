package org.omicsbatch.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch being prepared: the AWS CLI's {@code --cli-input-json} shape of {@code start-run-batch}, so
 * an existing CLI input file opens unchanged, with two differences that only a draft allows:
 * {@code batchRunSettings.inlineSettings} may hold any number of runs, and everything only this app
 * needs lives under the one member {@value #APP_MEMBER}, which no request ever carries.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"batchName", "requestId", "tags", "defaultRunSetting", "batchRunSettings", BatchDraft.APP_MEMBER})
public record BatchDraft(
        String batchName,
        String requestId,
        Map<String, String> tags,
        DefaultRunSetting defaultRunSetting,
        BatchRunSettings batchRunSettings,
        @JsonProperty(APP_MEMBER) DraftAppData app,
        @JsonAnySetter Map<String, JsonNode> unknownMembers) {

    /** The one member of a draft file that is this app's own. */
    public static final String APP_MEMBER = "omicsBatchLauncher";

    public BatchDraft {
        unknownMembers = unknownMembers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(unknownMembers);
    }

    public static BatchDraft empty() {
        return new BatchDraft(null, null, null, DefaultRunSetting.builder().build(), BatchRunSettings.inline(List.of()),
                null, null);
    }

    @Override
    @JsonAnyGetter
    public Map<String, JsonNode> unknownMembers() {
        return unknownMembers;
    }

    /** The draft's inline runs (empty when the draft points at an existing S3 settings file). */
    @JsonIgnore
    public List<InlineSetting> runs() {
        return batchRunSettings == null ? List.of() : batchRunSettings.runs();
    }

    @JsonIgnore
    public DraftAppData appOrEmpty() {
        return app == null ? DraftAppData.EMPTY : app;
    }

    public BatchDraft withRuns(List<InlineSetting> runs) {
        return new BatchDraft(batchName, requestId, tags, defaultRunSetting, BatchRunSettings.inline(runs), app,
                unknownMembers);
    }

    public BatchDraft withDefaultRunSetting(DefaultRunSetting value) {
        return new BatchDraft(batchName, requestId, tags, value, batchRunSettings, app, unknownMembers);
    }

    public BatchDraft withBatchName(String value) {
        return new BatchDraft(value, requestId, tags, defaultRunSetting, batchRunSettings, app, unknownMembers);
    }

    public BatchDraft withTags(Map<String, String> value) {
        return new BatchDraft(batchName, requestId, value, defaultRunSetting, batchRunSettings, app, unknownMembers);
    }

    public BatchDraft withApp(DraftAppData value) {
        return new BatchDraft(batchName, requestId, tags, defaultRunSetting, batchRunSettings, value, unknownMembers);
    }

    public BatchDraft withRequestId(String value) {
        return new BatchDraft(batchName, value, tags, defaultRunSetting, batchRunSettings, app, unknownMembers);
    }
}
