package org.omicsbatch.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running sandbox: the JDK's HTTP server on the loopback interface, a backend on the wall clock
 * and a ticker that moves batches along (and saves the state, with {@code --state}) ten times a
 * second. {@link #close()} stops all three and writes the state one last time.
 */
public final class SandboxServer implements AutoCloseable {
    private static final long TICK_MILLIS = 100;
    /** Saving rewrites the whole snapshot (objects included), so it happens at most once a second. */
    private static final long SAVE_MILLIS = 1000;

    private final SandboxBackend backend;
    private final HttpServer http;
    private final ExecutorService workers;
    private final ScheduledExecutorService ticker;
    private final AtomicBoolean changed = new AtomicBoolean();
    private volatile boolean closed;
    private volatile SandboxHttp handler;
    private long lastSave;
    private String lastProblem;

    private SandboxServer(SandboxBackend backend, HttpServer http, ExecutorService workers,
            ScheduledExecutorService ticker) {
        this.backend = backend;
        this.http = http;
        this.workers = workers;
        this.ticker = ticker;
    }

    /**
     * TCP_NODELAY on the JDK server's sockets (read once, when its first server is made): it writes a
     * reply's headers and body separately, and with Nagle's algorithm the body then waits for the
     * client's delayed ACK, about 40 ms per request, which made every call twice as slow as its work.
     * A value the user set is kept.
     */
    private static void noDelay() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Starts a sandbox; with port 0 it takes a free port (see {@link #endpoint()}). */
    public static SandboxServer start(SandboxOptions options) throws IOException {
        return start(options, java.time.Clock.systemUTC());
    }

    /**
     * Starts a sandbox on a given clock: with a {@link ManualClock}, a test drives an HTTP client
     * against it and moves time itself ({@code server.backend().advance(…)}), exactly and instantly.
     */
    public static SandboxServer start(SandboxOptions options, java.time.Clock clock) throws IOException {
        SandboxBackend backend = new SandboxBackend(options, clock, new S3Store(options.strictBuckets()));
        if (options.stateDir() != null) {
            StateStore.load(options.stateDir(), backend);
        }
        noDelay();
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        ExecutorService workers = Executors.newFixedThreadPool(8, daemon("omics-sandbox-http"));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("omics-sandbox-ticker"));
        SandboxServer server = new SandboxServer(backend, http, workers, ticker);
        SandboxHttp handler = new SandboxHttp(backend, () -> server.changed.set(true));
        server.handler = handler;
        http.createContext("/", handler);
        http.setExecutor(workers);
        http.start();
        ticker.scheduleWithFixedDelay(server::tickAndSave, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return server;
    }

    /** Omics requests answered ThrottlingException because of {@link SandboxOptions#requestRate()}. */
    public long throttledByRequestRate() {
        SandboxHttp h = handler;
        return h == null ? 0 : h.refusedByRate();
    }

    /** {@code http://127.0.0.1:PORT}: the endpoint for omics, S3 (path-style) and STS alike. */
    public URI endpoint() {
        InetSocketAddress a = http.getAddress();
        return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort());
    }

    public SandboxBackend backend() {
        return backend;
    }

    private void tickAndSave() {
        try {
            backend.tick();
            save(false);
        } catch (RuntimeException e) {
            // the ticker must survive a bad tick; a state that cannot be saved is said once, not at every tick
            String message = "omics-batch sandbox: " + e.getMessage();
            if (!message.equals(lastProblem)) {
                lastProblem = message;
                System.err.println(message);
            }
        }
    }

    private synchronized void save(boolean force) {
        if (backend.options().stateDir() == null || (!force && System.currentTimeMillis() - lastSave < SAVE_MILLIS)) {
            return;
        }
        boolean dirty = backend.takeDirty() | changed.getAndSet(false);
        if (!(dirty || force)) {
            return;
        }
        lastSave = System.currentTimeMillis();
        try {
            StateStore.save(backend.options().stateDir(), backend);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save sandbox state in " + backend.options().stateDir(), e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        http.stop(0);
        ticker.shutdownNow();
        workers.shutdownNow();
        try {
            ticker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        save(true);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
