package org.omicsbatch.samplesheet;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Shows a workbook date the way its cell's own number format does ({@code dd.mm.yyyy} gives
 * {@code 01.03.2024}). Excel's built-in date formats follow the reader's system locale, so those,
 * and formats this does not understand, become ISO ({@code 2024-03-01}, time only when there is one).
 */
final class ExcelDates {
    /** Excel numbers custom formats from 164; below are built-ins whose look depends on the locale. */
    private static final int FIRST_CUSTOM_FORMAT = 164;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private ExcelDates() {
    }

    static String format(LocalDateTime t, Integer formatId, String excelFormat) {
        if (formatId != null && formatId >= FIRST_CUSTOM_FORMAT && excelFormat != null) {
            String pattern = javaPattern(excelFormat);
            if (pattern != null) {
                try {
                    return t.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    // fall through to ISO
                }
            }
        }
        if (t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return t.toLocalDate().toString();
        }
        return t.format(DATE_TIME);
    }

    /** The java.time pattern for an Excel date format, or null when it has parts this does not map. */
    static String javaPattern(String excel) {
        String f = excel.split(";")[0].replaceAll("\\[[^]]*]", "");
        boolean twelveHour = f.toUpperCase(Locale.ROOT).contains("AM/PM");
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        char previousLetter = 0;
        for (int i = 0; i < f.length();) {
            char c = f.charAt(i);
            char lower = Character.toLowerCase(c);
            if (c == '"' || c == '\\') {
                int end = c == '"' ? f.indexOf('"', i + 1) : Math.min(i + 2, f.length());
                if (end < 0) {
                    return null;
                }
                literal.append(f, i + 1, c == '"' ? end : end);
                i = c == '"' ? end + 1 : end;
                continue;
            }
            if (!Character.isLetter(c) && c != '0' && c != '#' && c != '@') {
                literal.append(c);
                i++;
                continue;
            }
            flush(literal, out);
            if (f.regionMatches(true, i, "AM/PM", 0, 5)) {
                out.append('a');
                i += 5;
                continue;
            }
            int run = runLength(f, i);
            String token = switch (lower) {
                case 'y' -> run <= 2 ? "yy" : "yyyy";
                case 'd' -> run == 1 ? "d" : run == 2 ? "dd" : run == 3 ? "EEE" : "EEEE";
                case 'h' -> (twelveHour ? "h" : "H").repeat(Math.min(run, 2));
                case 's' -> run == 1 ? "s" : "ss";
                case 'm' -> isMinutes(f, i, run, previousLetter) ? (run == 1 ? "m" : "mm")
                        : run == 1 ? "M" : run == 2 ? "MM" : run == 3 ? "MMM" : "MMMM";
                default -> null; // number or text formats, fractions of seconds …
            };
            if (token == null) {
                return null;
            }
            out.append(token);
            previousLetter = lower;
            i += run;
        }
        flush(literal, out);
        return out.toString();
    }

    /** Literal text quoted once as a whole, so adjacent pieces never form java.time's escaped quote. */
    private static void flush(StringBuilder literal, StringBuilder out) {
        if (literal.length() > 0) {
            out.append('\'').append(literal.toString().replace("'", "''")).append('\'');
            literal.setLength(0);
        }
    }

    /** Excel's rule: {@code m} right after an hour or right before seconds means minutes. */
    private static boolean isMinutes(String f, int at, int run, char previousLetter) {
        if (previousLetter == 'h') {
            return true;
        }
        String rest = f.substring(at + run).replaceAll("^[^a-zA-Z]*", "");
        return !rest.isEmpty() && Character.toLowerCase(rest.charAt(0)) == 's';
    }

    private static int runLength(String f, int i) {
        char c = Character.toLowerCase(f.charAt(i));
        int n = 1;
        while (i + n < f.length() && Character.toLowerCase(f.charAt(i + n)) == c) {
            n++;
        }
        return n;
    }
}
