package org.omicsbatch.ui.submit;

/** The stages of a submission, in order, with the words the submit step shows for each. */
public enum Stage {
    VALIDATE("Check the draft", "every run against the service's rules and the workflow's parameters"),
    PREFLIGHT("Check inputs", "that the S3 files the runs read exist and can be read"),
    UPLOAD("Upload files", "the run settings file and local files the runs need"),
    START("Start the batch", "StartRunBatch"),
    CREATING("Batch is being created", "the service sets the batch up (CREATING)"),
    PENDING("Ready to submit runs", "the service will now submit runs at your StartRun quota (PENDING)");

    private final String title;
    private final String explanation;

    Stage(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }
}
