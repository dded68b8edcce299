package be.clusterpact.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of one kind of call, in nanoseconds, safe to record from several threads. */
final class Latencies {

  private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

  void record(long durationNanos) {
    nanos.add(durationNanos);
  }

  void addAll(Latencies other) {
    List<Long> copy;
    synchronized (other.nanos) {
      copy = new ArrayList<>(other.nanos);
    }
    nanos.addAll(copy);
  }

  int count() {
    return nanos.size();
  }

  /** The p-th percentile (nearest rank) in milliseconds; 0 when nothing was recorded. */
  double percentileMillis(double p) {
    List<Long> sorted;
    synchronized (nanos) {
      sorted = new ArrayList<>(nanos);
    }
    if (sorted.isEmpty()) {
      return 0;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
  }
}
