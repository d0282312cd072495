package org.omicsbatch.ui.testing;

import org.omicsbatch.aws.WorkflowCatalog;
import org.omicsbatch.ui.services.Connection;
import org.omicsbatch.ui.services.S3Browser;

/** A connection for view-model tests: a catalog in memory, an account id, and whether it was closed. */
public final class TestConnection implements Connection {
    private final String accountId;
    private final WorkflowCatalog catalog;
    public boolean closed;

    public TestConnection(String accountId, WorkflowCatalog catalog) {
        this.accountId = accountId;
        this.catalog = catalog;
    }

    @Override
    public String accountId() {
        return accountId;
    }

    @Override
    public String description() {
        return "test";
    }

    @Override
    public WorkflowCatalog catalog() {
        return catalog;
    }

    @Override
    public S3Browser s3() {
        throw new UnsupportedOperationException("no S3 in view-model tests");
    }

    @Override
    public void close() {
        closed = true;
    }
}
