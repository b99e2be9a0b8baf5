package vn.dva.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap use of this JVM, from garbage-collection notifications: the heap just before a
 * collection is the high-water mark, the heap just after it is what was really live. Thread-safe.
 */
final class HeapWatcher implements AutoCloseable {

  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong();
  private final AtomicLong runPeakUsed = new AtomicLong();
  private final Set<String> heapPools;
  private final List<Runnable> unregister = new ArrayList<>();

  HeapWatcher() {
    heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    NotificationListener listener = this::onNotification;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        unregister.add(
            () -> {
              try {
                emitter.removeNotificationListener(listener);
              } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
              }
            });
      }
    }
  }

  /** Starts a new measurement window. */
  void reset() {
    peakUsed.set(currentUsed());
    peakLive.set(0);
  }

  /** Highest heap use seen since {@link #reset()}, in MiB (includes garbage not yet collected). */
  double peakUsedMb() {
    peakUsed.accumulateAndGet(currentUsed(), Math::max);
    return peakUsed.get() / (1024.0 * 1024.0);
  }

  /** Highest heap use seen since this watcher was made, in MiB, whatever the resets. */
  double runPeakUsedMb() {
    runPeakUsed.accumulateAndGet(currentUsed(), Math::max);
    return runPeakUsed.get() / (1024.0 * 1024.0);
  }

  /** Highest heap use right after a collection since {@link #reset()}, in MiB: the live set. */
  double peakLiveMb() {
    return peakLive.get() / (1024.0 * 1024.0);
  }

  /** The -Xmx of this JVM in MiB. */
  static double maxHeapMb() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024.0 * 1024.0);
  }

  private static long currentUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private void onNotification(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType()))
      return;
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long before = sum(info.getGcInfo().getMemoryUsageBeforeGc());
    peakUsed.accumulateAndGet(before, Math::max);
    runPeakUsed.accumulateAndGet(before, Math::max);
    peakLive.accumulateAndGet(sum(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
  }

  private long sum(Map<String, MemoryUsage> pools) {
    long total = 0;
    for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
      if (heapPools.contains(e.getKey())) total += e.getValue().getUsed();
    }
    return total;
  }

  @Override
  public void close() {
    unregister.forEach(Runnable::run);
  }
}
