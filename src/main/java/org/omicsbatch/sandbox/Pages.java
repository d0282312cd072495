package org.omicsbatch.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Key-based pagination: a token names the key of the first item of the next page (base64, opaque
 * to clients), so deleting an item between pages neither repeats nor skips the others. Items must
 * be sorted by key; keys are compared as strings (every sandbox id has the same number of digits).
 */
final class Pages {
    private Pages() {
    }

    record Page<T>(List<T> items, String nextToken) {
    }

    static <T> Page<T> page(List<T> sorted, Function<T, String> key, Integer maxItems, int defaultMax,
            String startingToken) {
        int max = maxItems == null ? defaultMax : maxItems;
        int from = 0;
        if (startingToken != null) {
            String start = decode(startingToken);
            while (from < sorted.size() && key.apply(sorted.get(from)).compareTo(start) < 0) {
                from++;
            }
        }
        int to = Math.min(sorted.size(), from + max);
        String next = to < sorted.size() ? encode(key.apply(sorted.get(to))) : null;
        return new Page<>(List.copyOf(sorted.subList(from, to)), next);
    }

    /**
     * A page of the items that {@code keep} accepts, scanning from the token's position in a list
     * (the key is the position): a page costs its own length, not the list's, so paging through
     * 100,000 runs stays linear.
     */
    static <T> Page<T> scan(List<T> all, java.util.function.Predicate<T> keep, Integer maxItems, int defaultMax,
            String startingToken) {
        int max = maxItems == null ? defaultMax : maxItems;
        int from = 0;
        if (startingToken != null) {
            try {
                from = Integer.parseInt(decode(startingToken));
            } catch (NumberFormatException e) {
                throw SandboxException.validation("Invalid pagination token: " + startingToken);
            }
        }
        List<T> items = new java.util.ArrayList<>();
        for (int i = Math.max(0, from); i < all.size(); i++) {
            if (keep.test(all.get(i))) {
                if (items.size() == max) {
                    return new Page<>(items, encode(String.format("%09d", i)));
                }
                items.add(all.get(i));
            }
        }
        return new Page<>(items, null);
    }

    /** The key a token names (for callers that seek in a sorted map themselves). */
    static String startKey(String startingToken) {
        return startingToken == null ? null : decode(startingToken);
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("k1:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (s.startsWith("k1:")) {
                return s.substring(3);
            }
        } catch (IllegalArgumentException e) {
            // fall through: the service answers an unreadable token with a ValidationException
        }
        throw SandboxException.validation("Invalid pagination token: " + token);
    }
}
