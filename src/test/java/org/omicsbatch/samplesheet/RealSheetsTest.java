package org.omicsbatch.samplesheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omicsbatch.samplesheet.Sheets.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.omicsbatch.model.InlineSetting;

/** Every public sheet in test resources, read with the suggested mapping: formats, counts and values. */
class RealSheetsTest {

    /** file → {format, data rows, runs}: one run per row until grouped. */
    private static final Map<String, Object[]> EXPECTED = Map.ofEntries(
            Map.entry("aws-samples-amazon-omics-tutorials_nf-core_fastqc_samplesheet-template.csv",
                    new Object[] {SheetFormat.DELIMITED, 4, 4}),
            Map.entry("aws-samples-amazon-omics-tutorials_omics_seqstore_manifest_generator_test_json_api.txt",
                    new Object[] {SheetFormat.DELIMITED, 4, 4}),
            Map.entry("aws-samples-amazon-omics-tutorials_omics_seqstore_manifest_generator_test_json_console.csv",
                    new Object[] {SheetFormat.DELIMITED, 4, 4}),
            Map.entry("aws-samples-aws-healthomics-tutorials_nf-core_taxprofiler_samplesheet-template.csv",
                    new Object[] {SheetFormat.DELIMITED, 6, 6}),
            Map.entry("broadinstitute-fiss_firecloud_tests_pairs.tsv", new Object[] {SheetFormat.TERRA, 10, 10}),
            Map.entry("broadinstitute-fiss_firecloud_tests_samples.tsv", new Object[] {SheetFormat.TERRA, 4000, 4000}),
            Map.entry("clintval-sample-sheet_tests_resources_paired-end-single-index.csv",
                    new Object[] {SheetFormat.ILLUMINA_V1, 7, 7}),
            Map.entry("clintval-sample-sheet_tests_resources_single-end-colliding-sample-ids.csv",
                    new Object[] {SheetFormat.ILLUMINA_V1, 44, 44}),
            Map.entry("nextflow-io-nf-schema_src_testResources_correct_quoted.csv",
                    new Object[] {SheetFormat.DELIMITED, 4, 4}),
            Map.entry("nextflow-io-nf-schema_src_testResources_samplesheet_non_unique_empty.csv",
                    new Object[] {SheetFormat.DELIMITED, 5, 5}),
            Map.entry("nf-core-demultiplex_tests_functions_removeAdapters_test-data_samplesheets_expected_SampleSheet_1.csv",
                    new Object[] {SheetFormat.ILLUMINA_V2, 11, 11}),
            Map.entry("nf-core-rnaseq_assets_samplesheet.csv", new Object[] {SheetFormat.DELIMITED, 7, 7}),
            Map.entry("nf-core-sarek_tests_csv_3.0_bam_and_fastq_and_spring.csv", new Object[] {SheetFormat.DELIMITED, 4, 4}),
            Map.entry("nf-core-sarek_tests_csv_3.0_fastq_multi_lane.csv", new Object[] {SheetFormat.DELIMITED, 3, 3}),
            Map.entry("nf-core-sarek_tests_csv_3.0_fastq_sample_with_space.csv", new Object[] {SheetFormat.DELIMITED, 2, 2}),
            Map.entry("nf-core-test-datasets_samplesheet_3.10_samplesheet_test.csv", new Object[] {SheetFormat.DELIMITED, 7, 7}),
            Map.entry("nf-core-test-datasets_samplesheet_v2.0_samplesheet_test.csv", new Object[] {SheetFormat.DELIMITED, 6, 6}),
            Map.entry("nf-core-test-datasets_samplesheets_Samplesheet.tsv", new Object[] {SheetFormat.DELIMITED, 4, 4}),
            Map.entry("nf-core-test-datasets_testdata_NextSeq2000_SampleSheet.csv",
                    new Object[] {SheetFormat.ILLUMINA_V2, 16, 16}),
            Map.entry("nf-core-test-datasets_testdata_NovaSeq6000_SampleSheet.csv",
                    new Object[] {SheetFormat.ILLUMINA_V1, 4, 4}),
            Map.entry("nf-core-test-datasets_testdata_v1.12.0_sra_ids_rnaseq_test_full.csv",
                    new Object[] {SheetFormat.LIST, 8, 8}));

    static Stream<String> files() {
        return EXPECTED.keySet().stream().sorted();
    }

    @Test
    void everyCopiedSheetHasAnExpectation() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            var names = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("SOURCES.md")).collect(Collectors.toCollection(TreeSet::new));
            assertThat(names).isEqualTo(new TreeSet<>(EXPECTED.keySet()));
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void readsEverySheetWithItsFormatRowsAndRuns(String name) {
        Object[] want = EXPECTED.get(name);
        SheetImport r = importSheet(sheet(name));
        assertThat(r.layout().format()).isEqualTo(want[0]);
        assertThat(r.rowCount()).isEqualTo(((Integer) want[1]).longValue());
        assertThat(r.runs()).hasSize((Integer) want[2]);
        assertThat(r.runLines()).hasSize(r.runs().size());
    }

    @Test
    void nfCoreRnaseqGroupsTreatmentRep3LanesIntoOneRun() {
        SheetImport r = importGrouped(sheet("nf-core-rnaseq_assets_samplesheet.csv"), "sample");
        assertNoErrors(r);
        assertThat(ids(r)).containsExactly("control_REP1", "control_REP2", "control_REP3", "treatment_REP1",
                "treatment_REP2", "treatment_REP3");
        InlineSetting rep3 = run(r, "treatment_REP3");
        assertThat(param(rep3, "fastq_1")).isEqualTo("[\"/path/to/fastq/files/AEG588A6_S6_L003_R1_001.fastq.gz\","
                + "\"/path/to/fastq/files/AEG588A6_S6_L004_R1_001.fastq.gz\"]");
        assertThat(param(rep3, "fastq_2")).as("single-end: no fastq_2 at all").isNull();
        assertThat(param(rep3, "strandedness")).isEqualTo("forward");
        assertThat(r.runLines().get(5)).containsExactly(7, 8);
        // fastq_1 varies within a group, so every run gets an array: one shape for the workflow.
        assertThat(param(run(r, "control_REP1"), "fastq_1")).isEqualTo(
                "[\"/path/to/fastq/files/AEG588A1_S1_L002_R1_001.fastq.gz\"]");
    }

    @Test
    void ungroupedRepeatedSampleIsADuplicateNamingBothLines() {
        SheetImport r = importSheet(sheet("nf-core-rnaseq_assets_samplesheet.csv"));
        assertThat(errors(r)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.column()).isEqualTo("sample");
            assertThat(p.message()).contains("treatment_REP3", "line 7", "line 8", "--group-by");
        });
    }

    @Test
    void rnaseqTestSheetGroupsPairedLanesKeepingPairs() {
        SheetImport r = importGrouped(sheet("nf-core-test-datasets_samplesheet_3.10_samplesheet_test.csv"), "sample");
        assertNoErrors(r);
        assertThat(r.runs()).hasSize(5);
        InlineSetting wt1 = run(r, "WT_REP1");
        assertThat(wt1.parameters().get("fastq_1")).hasSize(2);
        assertThat(wt1.parameters().get("fastq_2").get(1).asText())
                .isEqualTo("s3://nf-core-awsmegatests/rnaseq/input_data/minimal/GSE110004/SRR6357071_2.fastq.gz");
        InlineSetting rap2 = run(r, "RAP1_UNINDUCED_REP2");
        assertThat(rap2.parameters().get("fastq_1")).hasSize(2);
        assertThat(rap2.parameters().has("fastq_2")).as("single-end lanes: no fastq_2").isFalse();
        assertThat(param(run(r, "WT_REP2"), "strandedness")).isEqualTo("reverse");
    }

    @Test
    void sarekMultiLaneSampleBecomesOneRunWithBothLanes() {
        SheetImport r = importGrouped(sheet("nf-core-sarek_tests_csv_3.0_fastq_multi_lane.csv"), "sample");
        assertNoErrors(r);
        assertThat(ids(r)).containsExactly("test", "test2");
        assertThat(param(run(r, "test"), "lane")).isEqualTo("[\"test_L1\",\"test_L2\"]");
        assertThat(param(run(r, "test2"), "status")).isEqualTo("1");
    }

    @Test
    void illuminaCollidingSampleIdsFoldToElevenRunsOfFourIndexes() {
        SheetImport r = importGrouped(sheet("clintval-sample-sheet_tests_resources_single-end-colliding-sample-ids.csv"),
                "Sample_ID");
        assertNoErrors(r);
        assertThat(r.runs()).hasSize(11);
        assertThat(param(run(r, "PRJ180548_LL_38"), "index")).isEqualTo("[\"TTTACATG\",\"CGCGATAC\",\"ACGCGGGT\",\"GAATTCCA\"]");
        assertThat(r.runLines().get(10)).containsExactly(63, 64, 65, 66);
    }

    @Test
    void taxprofilerNumericSampleWithThreeRunsIsOneRun() {
        SheetImport r = importGrouped(sheet("aws-samples-aws-healthomics-tutorials_nf-core_taxprofiler_samplesheet-template.csv"),
                "sample");
        assertNoErrors(r);
        assertThat(ids(r)).containsExactly("2611", "2612", "2613", "ERR3201952");
        assertThat(param(run(r, "2612"), "run_accession")).isEqualTo("[\"ERR5766176\",\"ERR5766176_B\",\"ERR5766180\"]");
    }

    @Test
    void fastqcTemplateKeepsRegionPlaceholdersOfCellsAsWritten() {
        SheetImport r = importGrouped(sheet("aws-samples-amazon-omics-tutorials_nf-core_fastqc_samplesheet-template.csv"),
                "sample");
        assertNoErrors(r);
        assertThat(r.runs()).hasSize(3);
        assertThat(run(r, "SAMPLE1_PE").parameters().get("fastq_1").get(0).asText())
                .startsWith("s3://aws-genomics-static-{{region}}/");
    }

    @Test
    void illuminaV1DataSectionWithPaddingAndCrlf() {
        SheetImport nova = importSheet(sheet("nf-core-test-datasets_testdata_NovaSeq6000_SampleSheet.csv"));
        assertNoErrors(nova);
        assertThat(nova.layout().headerLine()).isEqualTo(13);
        assertThat(nova.runLines().get(3)).containsExactly(17);
        assertThat(param(run(nova, "sampletest"), "Index2")).isEqualTo("TGCCTGGTGG");
        SheetImport padded = importSheet(sheet("clintval-sample-sheet_tests_resources_paired-end-single-index.csv"));
        assertNoErrors(padded);
        assertThat(padded.header()).hasSize(9);
        assertThat(param(run(padded, "1826A"), "Description")).isEqualTo("100.0x treatment");
    }

    @Test
    void illuminaV2ChoosesBclConvertDataOrTheSectionAsked() {
        Path file = sheet("nf-core-test-datasets_testdata_NextSeq2000_SampleSheet.csv");
        SheetImport auto = importSheet(file);
        assertThat(auto.layout().section()).isEqualTo("BCLConvert_Data");
        assertThat(auto.header()).containsExactly("Sample_ID", "Index", "Index2");
        SheetImport cloud = SheetImporter.importSheet(file, ImportOptions.defaults().withRead(
                ReadOptions.DETECT.withSection("Cloud_Data")), org.omicsbatch.task.Progress.NONE);
        assertNoErrors(cloud);
        assertThat(cloud.runs()).hasSize(16);
        assertThat(param(run(cloud, "SingleCell-RNA-P3-2-SI-TT-H6"), "LibraryName"))
                .isEqualTo("SingleCell-RNA-P3-2-SI-TT-H6_CCTATCCTCG_GAATACTAAC");
        assertThat(cloud.runLines().get(15)).as("last line, no final newline").containsExactly(93);
        SheetImport germline = SheetImporter.importSheet(
                sheet("nf-core-demultiplex_tests_functions_removeAdapters_test-data_samplesheets_expected_SampleSheet_1.csv"),
                ImportOptions.defaults().withRead(ReadOptions.DETECT.withSection("[DragenGermline_Data]")),
                org.omicsbatch.task.Progress.NONE);
        assertThat(ids(germline)).hasSize(8).startsWith("PhiX1");
    }

    @Test
    void unknownSectionIsOneProblemListingTheSections() {
        SheetImport r = SheetImporter.importSheet(sheet("nf-core-test-datasets_testdata_NovaSeq6000_SampleSheet.csv"),
                ImportOptions.defaults().withRead(ReadOptions.DETECT.withSection("Reads")), org.omicsbatch.task.Progress.NONE);
        assertThat(errors(r)).singleElement().satisfies(p -> assertThat(p.message()).contains("[Reads]", "Header, Settings, Data"));
    }

    @Test
    void terraEntityColumnKeepsItsMeaningfulName() {
        SheetImport r = importSheet(sheet("broadinstitute-fiss_firecloud_tests_samples.tsv"));
        assertThat(r.header()).containsExactly("sample_id", "participant_id");
        assertThat(r.mapping().columns().get("sample_id")).isEqualTo(MappingTarget.RUN_SETTING_ID);
        assertThat(param(run(r, "S-1999-NT"), "participant_id")).isEqualTo("P-1999");
        SheetImport pairs = importSheet(sheet("broadinstitute-fiss_firecloud_tests_pairs.tsv"));
        assertThat(param(run(pairs, "PAIR-7"), "control_sample")).isEqualTo("S-7-NT");
    }

    @Test
    void headerlessAccessionListIsOneRunPerLine() {
        SheetImport r = importSheet(sheet("nf-core-test-datasets_testdata_v1.12.0_sra_ids_rnaseq_test_full.csv"));
        assertNoErrors(r);
        assertThat(r.layout().headerless()).isTrue();
        assertThat(ids(r)).hasSize(8).startsWith("SRX1603392").endsWith("SRX2370491");
        assertThat(r.runLines().get(0)).containsExactly(1);
    }

    @Test
    void quotedAndUnquotedValuesReadTheSameAndTheLastLineNeedsNoNewline() {
        SheetImport r = importSheet(sheet("nextflow-io-nf-schema_src_testResources_correct_quoted.csv"));
        assertThat(r.mapping().columns().get("field_1")).isEqualTo(MappingTarget.RUN_SETTING_ID);
        assertThat(param(run(r, "fullField"), "field_3")).isEqualTo("true");
        assertThat(param(run(r, "dependentRequired"), "field_6")).isEqualTo("false");
        assertThat(param(run(r, "extraField"), "field_8")).isEqualTo("src/testResources/testDir");
        assertThat(errors(r)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("field_1");
            assertThat(p.message()).contains("empty");
        });
    }

    @Test
    void nfSchemaEmptySamplesAreReportedNotDropped() {
        SheetImport r = importSheet(sheet("nextflow-io-nf-schema_src_testResources_samplesheet_non_unique_empty.csv"));
        assertThat(errors(r)).extracting(SheetProblem::line).containsExactly(5, 6);
        assertThat(errors(r)).allSatisfy(p -> assertThat(p.column()).isEqualTo("sample"));
        assertThat(param(run(r, "test_2"), "fastq_1")).as("empty cells are not set").isNull();
    }

    @Test
    void tsvWithTxtExtensionAndCrlfManifest() {
        SheetImport api = importSheet(sheet("aws-samples-amazon-omics-tutorials_omics_seqstore_manifest_generator_test_json_api.txt"));
        assertThat(api.layout().delimiter()).isEqualTo('\t');
        assertThat(param(run(api, "NA12878"), "tags")).startsWith("{'taga':'tagaValue 2'");
        SheetImport console = importSheet(sheet("aws-samples-amazon-omics-tutorials_omics_seqstore_manifest_generator_test_json_console.csv"));
        assertThat(param(run(console, "NA12878"), "source1")).isEqualTo("s3://s3bucket/codeTest/NA12878_A.bam");
        assertThat(run(console, "HG00096").name()).isEqualTo("HG00096");
    }

    @Test
    void sampleWithSpaceIsAValidRunSettingId() {
        SheetImport r = importSheet(sheet("nf-core-sarek_tests_csv_3.0_fastq_sample_with_space.csv"));
        assertNoErrors(r);
        assertThat(ids(r)).containsExactly("test", "test 2");
    }

    @Test
    void sparseSarekRowsSetOnlyTheirFilledColumns() {
        SheetImport r = importSheet(sheet("nf-core-sarek_tests_csv_3.0_bam_and_fastq_and_spring.csv"));
        InlineSetting bam = run(r, "test_bam");
        assertThat(bam.parameters().has("fastq_1")).isFalse();
        assertThat(param(bam, "bai")).endsWith("test.paired_end.sorted.bam.bai");
        SheetImport chip = importSheet(sheet("nf-core-test-datasets_samplesheet_v2.0_samplesheet_test.csv"));
        assertThat(run(chip, "SPT5_INPUT_REP1").parameters().has("antibody")).isFalse();
        SheetImport ampliseq = importSheet(sheet("nf-core-test-datasets_samplesheets_Samplesheet.tsv"));
        assertThat(param(run(ampliseq, "sampleID_2"), "quant_reading")).isEqualTo("12000");
    }
}
