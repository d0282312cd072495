package org.omicsbatch.samplesheet;

/** One column's proposed target and why, as shown next to the column in the mapping step. */
public record MappingSuggestion(String column, MappingTarget target, String reason) {
}
