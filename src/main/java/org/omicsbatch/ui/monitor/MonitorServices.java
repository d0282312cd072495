package org.omicsbatch.ui.monitor;

import java.util.function.Supplier;
import org.omicsbatch.aws.BatchApi;
import org.omicsbatch.aws.S3Files;
import org.omicsbatch.submit.BatchActions;
import org.omicsbatch.submit.BatchMonitor;
import org.omicsbatch.submit.Journal;

/** The core services the monitor and history use: the same ones the command line uses. */
public record MonitorServices(BatchApi api, BatchMonitor monitor, BatchActions actions, Journal journal,
        Supplier<S3Files> s3) {

    public static MonitorServices of(BatchApi api, Journal journal, Supplier<S3Files> s3) {
        return new MonitorServices(api, new BatchMonitor(api, journal), new BatchActions(api, journal), journal, s3);
    }
}
