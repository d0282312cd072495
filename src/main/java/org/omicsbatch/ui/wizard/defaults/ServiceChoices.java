package org.omicsbatch.ui.wizard.defaults;

import java.util.List;

/**
 * The enum values of the service model for the members the Run defaults step offers as choices.
 * The draft keeps strings, so a value from a newer service still shows (as typed) and validates.
 * {@code ServiceChoicesTest} compares these lists with the service model.
 */
public final class ServiceChoices {
    public static final List<String> STORAGE_TYPE = List.of("STATIC", "DYNAMIC");
    public static final List<String> RETENTION_MODE = List.of("RETAIN", "REMOVE");
    public static final List<String> LOG_LEVEL = List.of("OFF", "FATAL", "ERROR", "ALL");
    public static final List<String> CACHE_BEHAVIOR = List.of("CACHE_ON_FAILURE", "CACHE_ALWAYS");
    public static final List<String> NETWORKING_MODE = List.of("RESTRICTED", "VPC");

    private ServiceChoices() {
    }
}
