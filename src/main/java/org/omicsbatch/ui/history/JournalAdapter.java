package org.omicsbatch.ui.history;

import java.nio.file.Path;
import java.util.List;
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

    private static LocalSubmission local(Submission s) {
        return new LocalSubmission(s.requestId(), s.batchId(), s.batchName(), s.createdAt(),
                s.draftPath() == null ? null : Path.of(s.draftPath()), s.lastStatus(), s.batchDeleted());
    }
}
