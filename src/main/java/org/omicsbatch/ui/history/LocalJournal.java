package org.omicsbatch.ui.history;

import java.util.List;
import org.omicsbatch.model.BatchStatus;

/** The journal of submissions as the desktop's history and monitors use it. */
public interface LocalJournal {

    /** Every submission of this machine, oldest first. */
    List<LocalSubmission> submissions();

    /** Remembers the status a monitor saw, so that the next start reopens only batches still running. */
    void recordStatus(String batchId, BatchStatus status, boolean deleted);

    /** No journal (a test, or a machine that never submitted). */
    LocalJournal NONE = new LocalJournal() {
        @Override
        public List<LocalSubmission> submissions() {
            return List.of();
        }

        @Override
        public void recordStatus(String batchId, BatchStatus status, boolean deleted) {
        }
    };
}
