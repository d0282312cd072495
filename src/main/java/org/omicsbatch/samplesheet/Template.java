package org.omicsbatch.samplesheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with {@code {column}} placeholders, e.g. {@code s3://lab/out/{sample}/}, filled from one row.
 * {@code {{} and {@code }}} stand for literal braces. Placeholders are checked against the header
 * before any row is read, so a typo is one clear error instead of a wrong value in every run.
 */
public final class Template {
    private final String text;
    private final List<String> literals = new ArrayList<>();
    private final List<String> columns = new ArrayList<>();

    private Template(String text) {
        this.text = text;
    }

    /** @throws IllegalArgumentException for an unclosed or empty {@code {}} */
    public static Template parse(String text) {
        Template t = new Template(text);
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                lit.append(c);
                i++;
            } else if (c == '{') {
                int end = text.indexOf('}', i);
                if (end < 0 || end == i + 1) {
                    throw new IllegalArgumentException("template \"" + text + "\" has " + (end < 0 ? "an unclosed {" : "an empty {}"));
                }
                t.literals.add(lit.toString());
                lit.setLength(0);
                t.columns.add(text.substring(i + 1, end).strip());
                i = end;
            } else {
                lit.append(c);
            }
        }
        t.literals.add(lit.toString());
        return t;
    }

    /** The column names the template refers to, in order. */
    public List<String> columns() {
        return columns;
    }

    public String text() {
        return text;
    }

    /** @param values one value per {@link #columns()} entry, in the same order */
    public String render(List<String> values) {
        StringBuilder out = new StringBuilder(literals.get(0));
        for (int i = 0; i < columns.size(); i++) {
            out.append(values.get(i)).append(literals.get(i + 1));
        }
        return out.toString();
    }
}
