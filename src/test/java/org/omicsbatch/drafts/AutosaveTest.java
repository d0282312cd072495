package org.omicsbatch.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omicsbatch.model.BatchDraft;

class AutosaveTest {
    @TempDir
    Path home;

    @Test
    void anAutosavedDraftIsOfferedAgainWithTheFileItBelongsTo() throws Exception {
        Autosave autosave = new Autosave(home);
        Path draftFile = home.resolve("my-batch.json");
        autosave.save(BatchDraft.empty().withBatchName("tumour-normal"), draftFile);

        Autosave.Entry entry = new Autosave(home).pending().orElseThrow();
        assertThat(entry.draft().batchName()).isEqualTo("tumour-normal");
        assertThat(entry.draftPath()).contains(draftFile.toAbsolutePath());
        assertThat(entry.savedAt()).isNotNull();
    }

    @Test
    void nothingIsOfferedAfterTheDraftWasSavedOrDiscarded() throws Exception {
        Autosave autosave = new Autosave(home);
        autosave.save(BatchDraft.empty(), null);
        autosave.clear();
        assertThat(autosave.pending()).isEmpty();
    }

    @Test
    void anUnreadableCopyIsSetAsideInsteadOfBreakingTheStart() throws Exception {
        Autosave autosave = new Autosave(home);
        Files.createDirectories(autosave.file().getParent());
        Files.writeString(autosave.file(), "{ \"draft\": ");
        assertThat(autosave.pending()).isEmpty();
        assertThat(autosave.file()).doesNotExist();
        try (var files = Files.list(autosave.file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("unreadable-"));
        }
    }

    @Test
    void theCopyIsReadableOnlyByTheUser() throws Exception {
        Autosave autosave = new Autosave(home);
        autosave.save(BatchDraft.empty(), null);
        if (Files.getFileStore(home).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(autosave.file()))).isEqualTo("rw-------");
        }
    }
}
