package org.omicsbatch.plan;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One string shape of the service model: length bounds, pattern and enum values, with the words a
 * researcher needs when a value breaks it. The limits are copied from the model file kept in test
 * resources; {@code ServiceLimitsMatchModelTest} fails if the two ever differ.
 *
 * <p>Patterns are applied to the whole value. Smithy patterns are not implicitly anchored, but the
 * service's own checks treat {@code [0-9]+} as "digits only", and so do we.
 */
public record StringRule(String shape, Integer min, Integer max, Pattern pattern, String patternHint,
        List<String> enumValues) {

    /** The model's {@code [\p{L}||\p{M}||\p{Z}||\p{S}||\p{N}||\p{P}]+}: printable text, no control characters. */
    public static final String PRINTABLE = "[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+";

    static StringRule printable(String shape, int min, int max) {
        return new StringRule(shape, min, max, Pattern.compile(PRINTABLE),
                "must be printable text (no tabs, line breaks or other control characters)", null);
    }

    static StringRule pattern(String shape, Integer min, Integer max, String regex, String hint) {
        return new StringRule(shape, min, max, Pattern.compile(regex), hint, null);
    }

    static StringRule length(String shape, int min, int max) {
        return new StringRule(shape, min, max, null, null, null);
    }

    static StringRule oneOf(String shape, Integer min, Integer max, String... values) {
        return new StringRule(shape, min, max, null, null, List.of(values));
    }

    /** What is wrong with {@code value}, or null when it fits (null values are the caller's business). */
    public String check(String value) {
        if (enumValues != null && !enumValues.contains(value)) {
            return quote(value) + " is not one of " + String.join(", ", enumValues);
        }
        int length = value.codePointCount(0, value.length());
        if (min != null && length < min) {
            return min == 1 && length == 0 ? "must not be empty" : "must be at least " + min + " characters (has " + length + ")";
        }
        if (max != null && length > max) {
            return "must be at most " + max + " characters (has " + length + ")";
        }
        if (pattern != null && !matches(value)) {
            return quote(value) + " " + patternHint;
        }
        return null;
    }

    /** The pattern, with {@link #PRINTABLE} (run ids and names: twice per run) checked without the regex engine. */
    private boolean matches(String value) {
        return PRINTABLE.equals(pattern.pattern()) ? isPrintable(value) : pattern.matcher(value).matches();
    }

    /**
     * What {@link #PRINTABLE} matches: at least one code point, each a letter, mark, separator, symbol,
     * number or punctuation, i.e. of no "other" category (control, format, surrogate, private use,
     * unassigned). The {@code |} the pattern names twice is a symbol, so it adds nothing.
     */
    static boolean isPrintable(String value) {
        return !value.isEmpty() && firstNonPrintable(value) < 0;
    }

    /**
     * Where the first code point {@link #PRINTABLE} refuses starts, or -1: the one test for run ids and
     * names here and for a sample sheet's values as they are read.
     */
    public static int firstNonPrintable(String value) {
        for (int i = 0; i < value.length();) {
            int c = value.codePointAt(i);
            if (c < 0x20 || c > 0x7E) { // outside printable ASCII: rare in a sheet, so the type is asked rarely
                int type = Character.getType(c);
                if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                        || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                    return i;
                }
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    static String quote(String value) {
        String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        StringBuilder b = new StringBuilder("\"");
        shown.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append('"').toString();
    }
}
