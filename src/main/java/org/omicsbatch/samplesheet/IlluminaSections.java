package org.omicsbatch.samplesheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Illumina sample sheets are INI-like: {@code [Header]}, {@code [Reads]}, {@code [Settings]} and one or
 * more data sections. v1 (IEM) keeps samples in {@code [Data]}; v2 (BCL Convert) in
 * {@code [BCLConvert_Data]} plus per-application {@code [*_Data]} sections.
 */
final class IlluminaSections {

    record Section(String name, int line) {
    }

    private IlluminaSections() {
    }

    /** The section name if the record is a {@code [Name]} line (padding commas allowed), else null. */
    static String sectionName(RecordReader.SheetRecord r) {
        String first = r.cells().get(0).strip();
        if (first.length() < 3 || first.charAt(0) != '[' || first.charAt(first.length() - 1) != ']') {
            return null;
        }
        for (int i = 1; i < r.cells().size(); i++) {
            if (!r.cells().get(i).isBlank()) {
                return null;
            }
        }
        return first.substring(1, first.length() - 1).strip();
    }

    static List<Section> scan(RecordReader reader) throws IOException {
        List<Section> sections = new ArrayList<>();
        for (RecordReader.SheetRecord r = reader.next(); r != null; r = reader.next()) {
            String name = sectionName(r);
            if (name != null) {
                sections.add(new Section(name, r.line()));
            }
        }
        return sections;
    }

    /** The requested section, else {@code Data}, else {@code BCLConvert_Data}, else the first {@code *_Data}. */
    static Section choose(List<Section> sections, String requested) throws SheetFormatException {
        if (requested != null && !requested.isBlank()) {
            String want = requested.strip().replaceAll("^\\[|]$", "");
            return find(sections, want).orElseThrow(() -> new SheetFormatException(0,
                    "no section [" + want + "] in this Illumina sheet; it has " + names(sections)));
        }
        for (String preferred : List.of("Data", "BCLConvert_Data")) {
            var found = find(sections, preferred);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return sections.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).endsWith("_data")).findFirst()
                .orElseThrow(() -> new SheetFormatException(0,
                        "this Illumina sheet has no [Data] or [*_Data] section; it has " + names(sections)
                                + " (choose one with --section)"));
    }

    static SheetFormat format(List<Section> sections) {
        return find(sections, "Data").isPresent() ? SheetFormat.ILLUMINA_V1 : SheetFormat.ILLUMINA_V2;
    }

    static List<String> names(List<Section> sections) {
        return sections.stream().map(Section::name).toList();
    }

    private static java.util.Optional<Section> find(List<Section> sections, String name) {
        return sections.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }
}
