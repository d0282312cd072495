package org.omicsbatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SelfTestArgumentTest {

    @Test
    void selfTestOpensTheAppWhileOtherArgumentsAreCommands() {
        assertThat(OmicsBatchApp.isSelfTest(new String[] {"--self-test"})).isTrue();
        assertThat(OmicsBatchApp.isSelfTest(new String[] {"validate", "draft.json"})).isFalse();
        assertThat(OmicsBatchApp.isSelfTest(new String[0])).isFalse();
    }
}
