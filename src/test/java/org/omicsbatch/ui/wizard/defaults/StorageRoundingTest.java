package org.omicsbatch.ui.wizard.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorageRoundingTest {

    @Test
    void roundsFirstToAMultipleOf1200ThenOf2400() {
        assertThat(StorageRounding.explain("STATIC", "3700"))
                .isEqualTo("If 3700 GiB is not available, the service rounds up to 4800 GiB (a multiple of 1200 "
                        + "and 2400 GiB).");
        assertThat(StorageRounding.explain(null, "2500"))
                .isEqualTo("If 2500 GiB is not available, the service rounds up to 3600 GiB (a multiple of 1200 GiB), "
                        + "and if that is not available either, to 4800 GiB (a multiple of 2400 GiB).");
    }

    @Test
    void aMultipleOf2400IsNotRounded() {
        assertThat(StorageRounding.explain("STATIC", "4800")).contains("nothing to round up");
    }

    @Test
    void emptyMeansTheDefaultOf1200AndDynamicIgnoresTheValue() {
        assertThat(StorageRounding.explain("STATIC", "")).contains("1200 GiB");
        assertThat(StorageRounding.explain("DYNAMIC", "5000")).contains("ignores");
    }

    @Test
    void saysNothingAboutTextThatIsNotANumber() {
        assertThat(StorageRounding.explain("STATIC", "lots")).isEmpty();
    }
}
