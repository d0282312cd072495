package org.omicsbatch.samplesheet;

import java.util.regex.Pattern;

/** Public archive accessions (SRA/ENA/DDBJ runs, experiments, samples, studies; BioProject; GEO). */
final class Accessions {
    private static final Pattern ACCESSION = Pattern.compile(
            "(?:[SED]R[RXSP]|PRJ(?:NA|EB|DB)|SAM(?:N|EA|D)|GS[EM])\\d+");

    private Accessions() {
    }

    static boolean isAccession(String value) {
        return ACCESSION.matcher(value.strip()).matches();
    }
}
