package be.clusterpact.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * One lifecycle phase, measured in slices that alternate with the other phases (so load from
 * outside the benchmark weighs on every phase alike): instances, time, transactions and latencies
 * added up over its slices.
 */
final class Measurement {

  private int instances;
  private double seconds;
  private long transactions;
  private int conflicts;
  private final Latencies completions = new Latencies();
  private final Map<String, Latencies> byTask = new TreeMap<>();

  void add(LifecycleRun.Result slice, long sliceTransactions) {
    instances += slice.instances();
    seconds += slice.seconds();
    transactions += sliceTransactions;
    conflicts += slice.conflicts();
    completions.addAll(slice.completions());
    slice.completionsByTask().forEach((task, latencies) -> byTask.computeIfAbsent(task, key -> new Latencies()).addAll(latencies));
  }

  int instances() {
    return instances;
  }

  double seconds() {
    return seconds;
  }

  long transactions() {
    return transactions;
  }

  int conflicts() {
    return conflicts;
  }

  Latencies completions() {
    return completions;
  }

  Map<String, Latencies> byTask() {
    return byTask;
  }

  double instancesPerSecond() {
    return instances / seconds;
  }

  double transactionsPerSecond() {
    return transactions / seconds;
  }

  double transactionsPerInstance() {
    return (double) transactions / instances;
  }
}
