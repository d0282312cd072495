package org.omicsbatch.aws;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.omicsbatch.model.BatchListItem;
import org.omicsbatch.model.ListBatchRequest;
import org.omicsbatch.model.ListRunsInBatchRequest;
import org.omicsbatch.model.ListRunsRequest;
import org.omicsbatch.model.RunInBatch;
import org.omicsbatch.model.RunListItem;

/**
 * Every item of the List operations, page by page as the stream is read (100 per page, the service's
 * maximum). ListBatch and ListRunsInBatch take only one filter per call: the most selective given
 * filter is sent and the others are applied here, so callers may combine them freely.
 */
public final class BatchPaginators {
    private static final int PAGE = 100;

    private BatchPaginators() {
    }

    public static Stream<BatchListItem> batches(BatchApi api, ListBatchRequest filters) {
        // name is the most selective, then run group, then status.
        ListBatchRequest sent;
        Predicate<BatchListItem> rest;
        if (filters.name() != null) {
            sent = new ListBatchRequest(PAGE, null, null, filters.name(), null);
            rest = b -> filters.status() == null || filters.status() == b.status();
        } else if (filters.runGroupId() != null) {
            sent = new ListBatchRequest(PAGE, null, null, null, filters.runGroupId());
            rest = b -> filters.status() == null || filters.status() == b.status();
        } else {
            sent = new ListBatchRequest(PAGE, null, filters.status(), null, null);
            rest = b -> true;
        }
        // BatchListItem carries no run group: a run-group filter with a name cannot be checked here,
        // so the name wins (names are what users search by) and the run group is sent alone otherwise.
        return pages(t -> api.listBatch(sent.withStartingToken(t)), r -> r.items(), r -> r.nextToken()).filter(rest);
    }

    public static Stream<RunInBatch> runsInBatch(BatchApi api, ListRunsInBatchRequest filters) {
        ListRunsInBatchRequest sent;
        if (filters.runSettingId() != null) {
            sent = new ListRunsInBatchRequest(filters.batchId(), PAGE, null, null, filters.runSettingId(), null);
        } else if (filters.runId() != null) {
            sent = new ListRunsInBatchRequest(filters.batchId(), PAGE, null, null, null, filters.runId());
        } else {
            sent = new ListRunsInBatchRequest(filters.batchId(), PAGE, null, filters.submissionStatus(), null, null);
        }
        Predicate<RunInBatch> rest = r -> (filters.submissionStatus() == null
                || filters.submissionStatus() == r.submissionStatus())
                && (filters.runSettingId() == null || filters.runSettingId().equals(r.runSettingId()))
                && (filters.runId() == null || filters.runId().equals(r.runId()));
        return pages(t -> api.listRunsInBatch(sent.withStartingToken(t)), r -> r.runs(), r -> r.nextToken())
                .filter(rest);
    }

    public static Stream<RunListItem> runs(BatchApi api, ListRunsRequest filters) {
        ListRunsRequest sent = new ListRunsRequest(filters.batchId(), filters.status(), filters.name(),
                filters.runGroupId(), PAGE, null);
        return pages(t -> api.listRuns(sent.withStartingToken(t)), r -> r.items(), r -> r.nextToken());
    }

    /** A lazy stream over pages: the next page is asked for only when the previous one is used up. */
    public static <P, T> Stream<T> pages(Function<String, P> fetch, Function<P, List<T>> items,
            Function<P, String> next) {
        Iterator<T> it = new Iterator<>() {
            private Iterator<T> current = List.<T>of().iterator();
            private String token;
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !last) {
                    P page = fetch.apply(token);
                    current = items.apply(page).iterator();
                    String following = next.apply(page);
                    // A repeated or missing token ends the listing rather than looping forever.
                    last = following == null || following.isEmpty() || Objects.equals(following, token);
                    token = following;
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
    }
}
