package org.omicsbatch.ui.history;

import java.util.List;

/** The journal of submissions as the desktop's history and monitors use it. */
public interface LocalJournal {

    /** Every submission of this machine, oldest first. */
    List<LocalSubmission> submissions();

    /** No journal (a test, or a machine that never submitted). */
    LocalJournal NONE = new LocalJournal() {
        @Override
        public List<LocalSubmission> submissions() {
            return List.of();
        }

    };
}
