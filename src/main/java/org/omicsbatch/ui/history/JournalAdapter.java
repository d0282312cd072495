package org.omicsbatch.ui.history;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.omicsbatch.model.BatchStatus;
import org.omicsbatch.submit.Journal;
import org.omicsbatch.submit.Submission;

/** The core's {@link Journal} as the history and the monitors read and update it. */
public final class JournalAdapter implements LocalJournal {
    private final Journal journal;

    public JournalAdapter(Journal journal) {
        this.journal = journal;
    }

    @Override
    public List<LocalSubmission> submissions() {
        return journal.list().stream().map(JournalAdapter::local).toList();
    }

    @Override
    public synchronized void recordStatus(String batchId, BatchStatus status, boolean deleted) {
        journal.findByBatchId(batchId).ifPresent(s -> {
            if (s.lastStatus() != status || s.batchDeleted() != deleted) {
                journal.save(withStatus(s, status, deleted));
            }
        });
    }

    private static LocalSubmission local(Submission s) {
        return new LocalSubmission(s.requestId(), s.batchId(), s.batchName(), s.createdAt(),
                s.draftPath() == null ? null : Path.of(s.draftPath()), s.lastStatus(), s.batchDeleted());
    }

    /** The entry with what a monitor saw (the record's own wither is the core's, not public). */
    private static Submission withStatus(Submission s, BatchStatus status, boolean deleted) {
        return new Submission(s.submissionId(), s.requestId(), s.step(), s.createdAt(), Instant.now(), s.draftPath(),
                s.draftSha256(), s.batchName(), s.profile(), s.region(), s.endpoint(), s.runSettingIds(), s.files(),
                s.settingsFile(), s.requestFile(), s.batchId(), s.batchArn(), status, Instant.now(), deleted,
                s.filesCleanedUp(), s.error());
    }
}
