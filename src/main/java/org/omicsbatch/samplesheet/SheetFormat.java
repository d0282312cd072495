package org.omicsbatch.samplesheet;

/** The kinds of sheet the importer recognises, as shown in the preview. */
public enum SheetFormat {
    /** CSV, TSV or semicolon text with a header row (nf-core and most lab sheets). */
    DELIMITED,
    /** Illumina IEM / v1 {@code SampleSheet.csv}: rows from the {@code [Data]} section. */
    ILLUMINA_V1,
    /** Illumina v2 (BCL Convert): rows from {@code [BCLConvert_Data]} or another {@code [*_Data]}. */
    ILLUMINA_V2,
    /** Terra / FireCloud load file: first column {@code entity:<type>_id}. */
    TERRA,
    /** One value per line and no header, e.g. SRA accessions: one run per line. */
    LIST,
    /** Excel workbook ({@code .xlsx}). */
    XLSX
}
