package org.omicsbatch.submit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.omicsbatch.plan.UploadKeys;
import org.omicsbatch.drafts.DraftFileException;
import org.omicsbatch.drafts.DraftFiles;
import org.omicsbatch.model.BatchDraft;
import org.omicsbatch.task.Progress;

/** The draft a submission was made from, read again only while the file is still the one submitted. */
final class SubmittedDraft {
    private SubmittedDraft() {
    }

    /** The draft, if its file is still there with the SHA-256 the journal noted; empty when changed or gone. */
    static Optional<BatchDraft> ifUnchanged(Submission s) {
        if (s.draftPath() == null || s.draftSha256() == null) {
            return Optional.empty();
        }
        Path draft = Path.of(s.draftPath());
        try {
            if (!Files.isRegularFile(draft) || !s.draftSha256().equals(UploadKeys.sha256(draft, Progress.NONE))) {
                return Optional.empty();
            }
            return Optional.of(DraftFiles.read(draft));
        } catch (IOException | DraftFileException changedOrGone) {
            return Optional.empty();
        }
    }
}
