package org.omicsbatch.plan;

import java.util.Map;
import org.omicsbatch.model.DefaultRunSetting;

/**
 * What one run of the batch will get once the service merges its {@code InlineSetting} into the
 * {@code defaultRunSetting}, with where each value came from.
 *
 * @param index               0-based position of the run in the draft
 * @param runSettingId        the run's id as written
 * @param settings            the merged settings (all 20 members; {@code parameters} and {@code runTags} merged by key)
 * @param memberProvenance    per member that has a value: DEFAULT or RUN
 * @param parameterProvenance per top-level parameter name, in merged order
 * @param tagProvenance       per run tag key, in merged order (batch {@code tags} never appear here)
 */
public record EffectiveRun(
        int index,
        String runSettingId,
        DefaultRunSetting settings,
        Map<String, Provenance> memberProvenance,
        Map<String, Provenance> parameterProvenance,
        Map<String, Provenance> tagProvenance) {

    public EffectiveRun {
        memberProvenance = java.util.Collections.unmodifiableMap(memberProvenance);
        parameterProvenance = java.util.Collections.unmodifiableMap(parameterProvenance);
        tagProvenance = java.util.Collections.unmodifiableMap(tagProvenance);
    }

    /** Where a member's value came from, or null when the member has no value. */
    public Provenance provenanceOf(String member) {
        return memberProvenance.get(member);
    }

    public Provenance provenanceOfParameter(String name) {
        return parameterProvenance.get(name);
    }

    public Provenance provenanceOfTag(String key) {
        return tagProvenance.get(key);
    }
}
