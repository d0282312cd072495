package org.omicsbatch.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wraps a client interface ({@code BatchApi}, {@code S3Client}) and counts what goes through it:
 * calls per operation, and the most calls in flight at once. Each call of these clients is one HTTP
 * request (retries aside, and the sandbox runs here without faults, so none happen).
 */
final class CallCounter {
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
    /** When each call started, per operation: for the busiest second of each. */
    private final Map<String, java.util.Queue<Long>> starts = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> nanos = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    @SuppressWarnings("unchecked")
    <T> T wrap(Class<T> type, T target) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class || method.getName().equals("close")
                    || method.getName().equals("serviceName") || method.getName().equals("serviceClientConfiguration")) {
                return invoke(method, target, args);
            }
            calls.computeIfAbsent(method.getName(), k -> new AtomicLong()).incrementAndGet();
            starts.computeIfAbsent(method.getName(), k -> new java.util.concurrent.ConcurrentLinkedQueue<>())
                    .add(System.nanoTime());
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            long t0 = System.nanoTime();
            try {
                return invoke(method, target, args);
            } finally {
                inFlight.decrementAndGet();
                nanos.computeIfAbsent(method.getName(), k -> new AtomicLong()).addAndGet(System.nanoTime() - t0);
            }
        });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    long total() {
        return calls.values().stream().mapToLong(AtomicLong::get).sum();
    }

    Map<String, Long> byOperation() {
        Map<String, Long> m = new TreeMap<>();
        calls.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    /** Per operation, the most calls started within any one second: the rate the service would see. */
    Map<String, Integer> busiestSecond() {
        Map<String, Integer> m = new TreeMap<>();
        starts.forEach((op, times) -> {
            long[] t = times.stream().mapToLong(Long::longValue).sorted().toArray();
            int best = 0;
            for (int i = 0, j = 0; i < t.length; i++) {
                while (t[i] - t[j] >= 1_000_000_000L) {
                    j++;
                }
                best = Math.max(best, i - j + 1);
            }
            m.put(op, best);
        });
        return m;
    }

    /** Per operation, the mean time a call took (round trip, client and server), in milliseconds. */
    Map<String, Long> meanMs() {
        Map<String, Long> m = new TreeMap<>();
        nanos.forEach((op, total) -> m.put(op, total.get() / Math.max(1, calls.get(op).get()) / 1_000_000));
        return m;
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    void reset() {
        calls.clear();
        starts.clear();
        nanos.clear();
        maxInFlight.set(0);
    }
}
