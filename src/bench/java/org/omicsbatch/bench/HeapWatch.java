package org.omicsbatch.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of the work in this JVM, two ways: the most heap in use just before a collection (what
 * the heap had to hold, garbage included) and the most still in use just after one (the live set,
 * what the work really needs). Both come from the JVM's own GC notifications.
 */
final class HeapWatch implements AutoCloseable {
    private final AtomicLong maxBefore = new AtomicLong();
    private final AtomicLong maxAfter = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (n, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        maxBefore.accumulateAndGet(heap(info.getMemoryUsageBeforeGc()), Math::max);
        maxAfter.accumulateAndGet(heap(info.getMemoryUsageAfterGc()), Math::max);
        collections.incrementAndGet();
    };

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
    }

    /**
     * Heap in use just before the fullest collection, in MB. (Not the sum of the pools' own peaks:
     * Eden, Survivor and Old Gen peak at different moments, so their sum can exceed the heap.)
     */
    double peakUsedMb() {
        return maxBefore.get() / 1048576.0;
    }

    /** Heap still in use just after the fullest collection (the live set), in MB. */
    double peakLiveMb() {
        return maxAfter.get() / 1048576.0;
    }

    long collections() {
        return collections.get();
    }

    static double maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / 1048576.0;
    }

    /** The heap pools only (G1: Eden, Survivor, Old Gen); a collection also reports Metaspace and code. */
    private static long heap(java.util.Map<String, MemoryUsage> byPool) {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = byPool.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && u != null) {
                sum += u.getUsed();
            }
        }
        return sum;
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
