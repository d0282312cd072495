package org.omicsbatch.submit;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.omicsbatch.aws.AwsSession;
import org.omicsbatch.aws.ConnectionSettings;
import org.omicsbatch.aws.TestRetries;
import org.omicsbatch.task.Progress;

/**
 * A submission in its own JVM that stops at a step and waits there to be killed (kill -9):
 * {@code SubmitChild ENDPOINT DRAFT JOURNAL_DIR STEP}.
 */
public final class SubmitChild {
    private SubmitChild() {
    }

    public static void main(String[] args) throws Exception {
        AwsSession session = AwsSession.open(ConnectionSettings.sandbox(URI.create(args[0])), TestRetries.fast());
        SubmissionService service = new SubmissionService(session.batches(), session::s3,
                new Journal(Path.of(args[2])), null, session.region(), args[0], Duration.ofMillis(20));
        service.afterJournal(step -> {
            if (step.equals(args[3])) {
                System.out.println("PAUSED " + step);
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        service.submit(Path.of(args[1]), SubmitOptions.ALL, Progress.NONE);
        System.out.println("FINISHED");
    }
}
