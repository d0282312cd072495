package org.omicsbatch.ui.services;

import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.aws.WorkflowCatalog;

/** A {@link Connection} over the core's {@link AwsSession}; closing it also stops a sandbox it started. */
final class SessionConnection implements Connection {
    private final AwsSession session;
    private final String accountId;
    private final String description;
    private final AutoCloseable owned;
    private final S3Browser s3;

    SessionConnection(AwsSession session, String accountId, String description, AutoCloseable owned) {
        this.session = session;
        this.accountId = accountId;
        this.description = description;
        this.owned = owned;
        this.s3 = new SdkS3Browser(session);
    }

    @Override
    public String accountId() {
        return accountId;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public WorkflowCatalog catalog() {
        return session.catalog();
    }

    @Override
    public S3Browser s3() {
        return s3;
    }

    /** The core session, for steps that submit or check inputs. */
    public AwsSession session() {
        return session;
    }

    @Override
    public void close() {
        session.close();
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                // Stopping a local server cannot fail in a way the user could act on.
            }
        }
    }
}
