package org.omicsbatch.drafts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between sessions. Never secrets: the profile is a name, credentials stay in
 * the SDK's own files.
 *
 * @param window          last window bounds, or null for the default size
 * @param theme           {@code light} or {@code dark}
 * @param sandbox         whether the last connection was the built-in sandbox
 * @param recentRoleArns  newest first, at most {@value #RECENT_LIMIT}
 * @param recentOutputUris newest first, at most {@value #RECENT_LIMIT}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Preferences(WindowBounds window, String theme, Boolean sandbox, String lastProfile, String lastRegion,
        String lastEndpointUrl, String lastProxyUrl, List<String> recentRoleArns, List<String> recentOutputUris) {

    public static final int RECENT_LIMIT = 10;
    public static final Preferences DEFAULTS = new Preferences(null, "light", null, null, null, null, null, List.of(),
            List.of());

    public Preferences {
        recentRoleArns = recentRoleArns == null ? List.of() : List.copyOf(recentRoleArns);
        recentOutputUris = recentOutputUris == null ? List.of() : List.copyOf(recentOutputUris);
    }

    /** Window position and size in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public Preferences withWindow(WindowBounds value) {
        return new Preferences(value, theme, sandbox, lastProfile, lastRegion, lastEndpointUrl, lastProxyUrl,
                recentRoleArns, recentOutputUris);
    }

    public Preferences withTheme(String value) {
        return new Preferences(window, value, sandbox, lastProfile, lastRegion, lastEndpointUrl, lastProxyUrl,
                recentRoleArns, recentOutputUris);
    }

    /** The last connection, so the next start offers the same one. */
    public Preferences withConnection(boolean useSandbox, String profile, String region, String endpointUrl,
            String proxyUrl) {
        return new Preferences(window, theme, useSandbox, profile, region, endpointUrl, proxyUrl, recentRoleArns,
                recentOutputUris);
    }

    public Preferences withRecentRoleArn(String arn) {
        return new Preferences(window, theme, sandbox, lastProfile, lastRegion, lastEndpointUrl, lastProxyUrl,
                pushFront(recentRoleArns, arn), recentOutputUris);
    }

    public Preferences withRecentOutputUri(String uri) {
        return new Preferences(window, theme, sandbox, lastProfile, lastRegion, lastEndpointUrl, lastProxyUrl,
                recentRoleArns, pushFront(recentOutputUris, uri));
    }

    private static List<String> pushFront(List<String> list, String value) {
        if (value == null || value.isBlank()) {
            return list;
        }
        List<String> result = new ArrayList<>(list);
        result.remove(value);
        result.add(0, value.strip());
        return result.size() > RECENT_LIMIT ? result.subList(0, RECENT_LIMIT) : result;
    }
}
