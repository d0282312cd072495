package org.omicsbatch.submit;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The runs of a batch as CSV: runSettingId → runId, submission status, run status, failure reason,
 * output location and how that location is known ({@link OutputSource#label()}: "submission" or
 * "service" when confirmed, "expected" when it is only the batch default followed by the run id).
 */
public final class ResultsExport {
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumn("runSettingId").addColumn("runId").addColumn("submissionStatus").addColumn("runStatus")
            .addColumn("failureReason").addColumn("outputLocation").addColumn("outputLocationSource").build()
            .withHeader();

    private ResultsExport() {
    }

    public static void writeCsv(BatchSnapshot snapshot, Writer out) throws IOException {
        var writer = CSV.writer(SCHEMA).writeValues(out);
        for (RunRow r : snapshot.runs()) {
            writer.write(List.of(text(r.runSettingId()), text(r.runId()),
                    r.submissionStatus() == null ? "" : r.submissionStatus().value(),
                    r.runStatus() == null ? "" : r.runStatus().value(), text(r.failureReason()),
                    text(r.outputLocation()), r.outputSourceLabel()));
        }
        writer.flush();
    }

    private static String text(String v) {
        return v == null ? "" : v;
    }
}
