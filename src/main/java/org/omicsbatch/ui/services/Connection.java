package org.omicsbatch.ui.services;

import org.omicsbatch.aws.WorkflowCatalog;

/** An open connection to HealthOmics and S3 (an AWS account or the built-in sandbox). */
public interface Connection extends AutoCloseable {

    /** The 12-digit account the credentials belong to (STS GetCallerIdentity). */
    String accountId();

    /** A short description for the status line, e.g. "profile research · eu-west-1". */
    String description();

    WorkflowCatalog catalog();

    S3Browser s3();

    /** The core session behind the connection, for checking inputs and submitting; null when there is none. */
    default org.omicsbatch.aws.AwsSession session() {
        return null;
    }

    /** Releases clients (and stops the sandbox when this connection started it). */
    @Override
    void close();
}
