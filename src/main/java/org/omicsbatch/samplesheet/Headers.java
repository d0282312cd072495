package org.omicsbatch.samplesheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a header row as written into column names a mapping can refer to. */
final class Headers {
    /** Terra load files mark the key column {@code entity:sample_id} (or {@code membership:…} for sets). */
    private static final String[] TERRA_PREFIXES = {"entity:", "membership:"};

    private Headers() {
    }

    static boolean isTerra(List<String> raw) {
        return !raw.isEmpty() && terraPrefix(raw.get(0)) != null;
    }

    /**
     * Trailing empty names are dropped (padded lines); an empty name inside the header becomes
     * {@code column<N>}; a repeated name gets {@code _2}, {@code _3} so every column stays mappable.
     * Terra's {@code entity:} prefix is dropped and the rest kept: {@code sample_id} is the name Terra
     * itself uses for the column, and says what the values are.
     */
    static List<String> clean(List<String> raw, int line, ProblemLog log) {
        int width = raw.size();
        while (width > 0 && raw.get(width - 1).isBlank()) {
            width--;
        }
        List<String> names = new ArrayList<>(width);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < width; i++) {
            String name = raw.get(i).strip();
            String prefix = i == 0 ? terraPrefix(name) : null;
            if (prefix != null) {
                name = name.substring(prefix.length());
            }
            if (name.isEmpty()) {
                name = "column" + (i + 1);
                log.warning(line, name, "column " + (i + 1) + " has no name in the header; called \"" + name + "\"");
            }
            int n = seen.merge(name.toLowerCase(Locale.ROOT), 1, Integer::sum);
            if (n > 1) {
                String renamed = name + "_" + n;
                log.warning(line, name, "the header names \"" + name + "\" " + n + " times; column " + (i + 1)
                        + " is called \"" + renamed + "\"");
                name = renamed;
            }
            names.add(name);
        }
        return names;
    }

    private static String terraPrefix(String name) {
        for (String p : TERRA_PREFIXES) {
            if (name.regionMatches(true, 0, p, 0, p.length())) {
                return p;
            }
        }
        return null;
    }
}
