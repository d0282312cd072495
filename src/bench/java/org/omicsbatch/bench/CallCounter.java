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
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                return invoke(method, target, args);
            } finally {
                inFlight.decrementAndGet();
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

    int maxInFlight() {
        return maxInFlight.get();
    }

    void reset() {
        calls.clear();
        maxInFlight.set(0);
    }
}
