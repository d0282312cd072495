package org.omicsbatch.samplesheet;

import java.nio.charset.Charset;

/**
 * How to read a sheet when guessing is not wanted: each member null means "detect".
 *
 * @param delimiter one character ({@code ,} {@code \t} {@code ;} {@code |}), or null to sniff
 * @param encoding  the text encoding, or null for BOM / UTF-8 / Windows-1252 detection
 * @param section   an Illumina section ({@code BCLConvert_Data}) or a workbook sheet name, or null
 */
public record ReadOptions(Character delimiter, Charset encoding, String section) {

    public static final ReadOptions DETECT = new ReadOptions(null, null, null);

    public ReadOptions withDelimiter(Character value) {
        return new ReadOptions(value, encoding, section);
    }

    public ReadOptions withEncoding(Charset value) {
        return new ReadOptions(delimiter, value, section);
    }

    public ReadOptions withSection(String value) {
        return new ReadOptions(delimiter, encoding, value);
    }

    /** Reads {@code tab}, {@code \t}, {@code comma}, {@code semicolon} as well as the character itself. */
    public static Character parseDelimiter(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "tab", "\\t", "tsv" -> {
                return '\t';
            }
            case "comma", "csv" -> {
                return ',';
            }
            case "semicolon" -> {
                return ';';
            }
            case "pipe" -> {
                return '|';
            }
            default -> {
                if (text.length() != 1) {
                    throw new IllegalArgumentException("delimiter must be one character (or tab, comma, semicolon, pipe): "
                            + text);
                }
                return text.charAt(0);
            }
        }
    }
}
