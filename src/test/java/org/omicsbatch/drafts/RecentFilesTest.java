package org.omicsbatch.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path home;

    @Test
    void theLastOpenedDraftComesFirstAndAppearsOnce() throws Exception {
        RecentFiles recent = new RecentFiles(home);
        recent.add(home.resolve("a.json"));
        recent.add(home.resolve("b.json"));
        recent.add(home.resolve("a.json"));
        assertThat(new RecentFiles(home).list()).containsExactly(home.resolve("a.json"), home.resolve("b.json"));
    }

    @Test
    void keepsOnlyTheNewestTen() throws Exception {
        RecentFiles recent = new RecentFiles(home);
        for (int i = 0; i < 12; i++) {
            recent.add(home.resolve("draft-" + i + ".json"));
        }
        assertThat(recent.list()).hasSize(RecentFiles.LIMIT).first().isEqualTo(home.resolve("draft-11.json"));
    }

    @Test
    void forgetsADraftThatIsGone() throws Exception {
        RecentFiles recent = new RecentFiles(home);
        recent.add(home.resolve("gone.json"));
        recent.remove(home.resolve("gone.json"));
        assertThat(recent.list()).isEmpty();
    }
}
