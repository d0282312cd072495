package org.omicsbatch.ui.submit;

/** How a submission reports its stages. Called from the worker thread. */
public interface StageListener {

    void started(Stage stage);

    /** {@code total} is -1 when unknown; for UPLOAD, done/total are bytes. */
    void progress(Stage stage, long done, long total, String message);

    void finished(Stage stage, String summary);

    /** The stage had nothing to do (e.g. no files to upload for an inline batch). */
    void skipped(Stage stage, String why);
}
