package org.omicsbatch.samplesheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** CSV / TSV / semicolon text, Illumina sample sheets and Terra load files, streamed row by row. */
final class DelimitedTable extends SheetTable {
    private static final int PREFIX_CHARS = 64 * 1024;
    /**
     * The reading of before: decode all text, then split it, on the caller's thread. Only the test that
     * proves the byte-level reading and the read-ahead give the same import sets it.
     */
    static boolean decodeFirst;

    private final Records reader;
    private final ProblemLog log;
    private final boolean illumina;
    private RecordReader.SheetRecord pending;
    /** The second line of a one-column file, read ahead to tell a header from data. */
    private RecordReader.SheetRecord afterPending;
    private boolean done;
    private CountingInput counted;
    private long size = -1;
    private boolean strict;

    private DelimitedTable(Records reader, ProblemLog log, boolean illumina, List<String> header,
            List<String> originalHeader, SheetLayout layout, RecordReader.SheetRecord pending) {
        super(header, originalHeader, layout);
        this.reader = reader;
        this.log = log;
        this.illumina = illumina;
        this.pending = pending;
    }

    static DelimitedTable open(Path file, ReadOptions options, ProblemLog log) throws IOException, SheetFormatException {
        TextEncoding.Detected enc = TextEncoding.detect(file, options.encoding());
        if (enc.warning() != null) {
            log.warning(0, null, enc.warning());
        }
        String prefix = readPrefix(file, enc);
        boolean truncated = prefix.length() >= PREFIX_CHARS;
        Character sniffed = options.delimiter() != null ? options.delimiter() : DelimiterSniffer.sniff(prefix, truncated);
        char delimiter = sniffed != null ? sniffed : byExtension(file);
        boolean illumina = startsWithSection(prefix, delimiter);
        SheetFormat format = SheetFormat.DELIMITED;
        String section = null;
        List<String> sectionNames = List.of();
        int skipTo = 0;
        if (illumina) {
            List<IlluminaSections.Section> sections;
            try (RecordReader scan = new RecordReader(open(file, enc), delimiter)) {
                sections = IlluminaSections.scan(scan);
            }
            IlluminaSections.Section chosen = IlluminaSections.choose(sections, options.section());
            format = IlluminaSections.format(sections);
            section = chosen.name();
            sectionNames = IlluminaSections.names(sections);
            skipTo = chosen.line();
        } else if (options.section() != null && !options.section().isBlank()) {
            log.warning(0, null, "--section " + options.section() + " ignored: this file has no sections");
        }
        CountingInput counted = new CountingInput(Files.newInputStream(file));
        Records reader = decodeFirst ? new RecordReader(decode(counted, enc), delimiter)
                : readAheadIfLarge(records(counted, enc, delimiter), file);
        try {
            DelimitedTable table = readHeader(reader, log, format, illumina, skipTo,
                    sniffed == null && options.delimiter() == null,
                    new SheetLayout(format, delimiter, enc.label(), section, sectionNames, 0, false));
            table.counted = counted;
            table.size = Files.size(file);
            table.strict = enc.strict();
            return table;
        } catch (IOException | SheetFormatException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static DelimitedTable readHeader(Records reader, ProblemLog log, SheetFormat format, boolean illumina,
            int skipTo, boolean oneColumn, SheetLayout base) throws IOException, SheetFormatException {
        RecordReader.SheetRecord r = reader.next();
        while (r != null && (r.line() <= skipTo || r.isBlank() || (r.comment() && !illumina))) {
            r = reader.next();
        }
        if (r == null || (illumina && IlluminaSections.sectionName(r) != null)) {
            throw new SheetFormatException(r == null ? 0 : r.line(),
                    "no header row" + (base.section() == null ? "" : " in section [" + base.section() + "]")
                            + ": the sheet is empty");
        }
        if (oneColumn && r.cells().size() == 1) {
            RecordReader.SheetRecord second = nextData(reader);
            if (looksLikeData(r.cells().get(0), second)) {
                String name = Accessions.isAccession(r.cells().get(0)) ? "accession" : "value";
                SheetLayout layout = new SheetLayout(SheetFormat.LIST, base.delimiter(), base.encoding(), null,
                        List.of(), 0, true);
                DelimitedTable t = new DelimitedTable(reader, log, false, List.of(name), List.of(name), layout, r);
                t.afterPending = second;
                return t;
            }
            List<String> names = Headers.clean(r.cells(), r.line(), log);
            DelimitedTable t = new DelimitedTable(reader, log, false, names, trimmed(r.cells(), names.size()),
                    layoutWithHeader(base, format, r), second);
            return t;
        }
        if (Headers.isTerra(r.cells())) {
            format = SheetFormat.TERRA;
        }
        List<String> names = Headers.clean(r.cells(), r.line(), log);
        return new DelimitedTable(reader, log, illumina, names, trimmed(r.cells(), names.size()),
                layoutWithHeader(base, format, r), null);
    }

    private static SheetLayout layoutWithHeader(SheetLayout base, SheetFormat format, RecordReader.SheetRecord r) {
        return new SheetLayout(format, base.delimiter(), base.encoding(), base.section(), base.sections(), r.line(),
                false);
    }

    private static RecordReader.SheetRecord nextData(Records reader) throws IOException {
        RecordReader.SheetRecord r = reader.next();
        while (r != null && (r.isBlank() || r.comment())) {
            r = reader.next();
        }
        return r;
    }

    /**
     * A one-column file's first line is data, not a header, when it is an accession or a path/URI,
     * or has the same shape (letters vs digits) as the second line: {@code SRX1603392} vs
     * {@code SRX1603393}, where a header would be a word such as {@code sample}.
     */
    static boolean looksLikeData(String first, RecordReader.SheetRecord second) {
        String v = first.strip();
        if (Accessions.isAccession(v) || v.contains("://") || v.startsWith("/")) {
            return true;
        }
        return second != null && second.cells().size() == 1 && shape(v).equals(shape(second.cells().get(0).strip()))
                && v.chars().anyMatch(Character::isDigit);
    }

    private static String shape(String s) {
        return s.replaceAll("[0-9]+", "9").replaceAll("\\p{L}+", "a");
    }

    @Override
    SheetRow next() throws IOException {
        while (!done) {
            RecordReader.SheetRecord r = take();
            if (r == null || (illumina && IlluminaSections.sectionName(r) != null)) {
                done = true;
                return null;
            }
            if (r.unclosedQuoteLine() > 0) {
                log.error(r.unclosedQuoteLine(), null, "a quote opened on this line is never closed, so everything"
                        + " from here to the end of the file was read as one value; close the quote (\"\") or remove it");
            }
            if (r.textAfterQuoteLine() > 0) {
                log.warning(r.textAfterQuoteLine(), null, "text follows a closing quote; it was kept as part of the value,"
                        + " but a quote inside a quoted value must be doubled (\"\")");
            }
            if (r.isBlank()) {
                continue;
            }
            if (r.comment() && !illumina) {
                log.warning(r.line(), null, "line starts with # and was skipped as a comment");
                continue;
            }
            return new SheetRow(r.line(), RowShape.fit(r.cells(), header(), r.line(), log));
        }
        return null;
    }

    private RecordReader.SheetRecord take() throws IOException {
        if (pending != null) {
            RecordReader.SheetRecord r = pending;
            pending = afterPending;
            afterPending = null;
            return r;
        }
        return reader.next();
    }

    /** True when UTF-8 was judged from the start of the file only (see {@link TextEncoding}). */
    boolean readStrictly() {
        return strict;
    }

    @Override
    long bytesRead() {
        return counted == null ? -1 : counted.count();
    }

    @Override
    long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static List<String> trimmed(List<String> cells, int width) {
        return new ArrayList<>(cells.subList(0, Math.min(width, cells.size())));
    }

    private static boolean startsWithSection(String prefix, char delimiter) throws IOException {
        try (RecordReader r = new RecordReader(new StringReader(prefix), delimiter)) {
            for (RecordReader.SheetRecord rec = r.next(); rec != null; rec = r.next()) {
                if (!rec.isBlank()) {
                    return IlluminaSections.sectionName(rec) != null;
                }
            }
        }
        return false;
    }

    private static char byExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tsv") || name.endsWith(".tab") ? '\t' : ',';
    }

    private static Reader open(Path file, TextEncoding.Detected enc) throws IOException {
        return decode(Files.newInputStream(file), enc);
    }

    /** Sheets below this size are read on the importing thread: a second thread costs more than it saves. */
    static final long READ_AHEAD_MIN_BYTES = 1 << 20;

    private static Records readAheadIfLarge(Records records, Path file) throws IOException {
        return Files.size(file) < READ_AHEAD_MIN_BYTES ? records : new ReadAhead(records, file.getFileName().toString());
    }

    /** UTF-8 is split into values from its bytes (see {@link Utf8RecordReader}); other encodings are decoded first. */
    private static Records records(InputStream in, TextEncoding.Detected enc, char delimiter) throws IOException {
        if (!enc.charset().equals(StandardCharsets.UTF_8) || delimiter >= 0x80) {
            return new RecordReader(decode(in, enc), delimiter);
        }
        try {
            in.skipNBytes(enc.bomBytes());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new Utf8RecordReader(in, delimiter, enc.strict());
    }

    private static Reader decode(InputStream in, TextEncoding.Detected enc) throws IOException {
        try {
            in.skipNBytes(enc.bomBytes());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        CodingErrorAction onError = enc.strict() ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        return new BufferedReader(new InputStreamReader(in, enc.charset().newDecoder()
                .onMalformedInput(onError).onUnmappableCharacter(onError)), RecordReader.BUFFER_CHARS);
    }

    private static String readPrefix(Path file, TextEncoding.Detected enc) throws IOException {
        try (Reader r = open(file, enc)) {
            char[] buf = new char[PREFIX_CHARS];
            int n = 0;
            while (n < buf.length) {
                int read = r.read(buf, n, buf.length - n);
                if (read < 0) {
                    break;
                }
                n += read;
            }
            return new String(buf, 0, n);
        }
    }
}
