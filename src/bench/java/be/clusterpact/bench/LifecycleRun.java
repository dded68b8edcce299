package be.clusterpact.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * K workers drive N instances of a scenario to their end. Each worker keeps a few instances in flight:
 * it lists their open tasks in one query, completes each with valid data (timing every completion),
 * and checks which of the instances without a task have ended; the job executor runs the async
 * continuations and due timers in between.
 */
final class LifecycleRun {

  record Result(int instances, double seconds, Latencies completions, Map<String, Latencies> completionsByTask,
      int conflicts) {
    double instancesPerSecond() {
      return instances / seconds;
    }
  }

  private final PactApi api;
  private final Scenario scenario;
  private final int workers;
  private final int window;
  private final long timeoutMillis;

  private final AtomicInteger nextIndex = new AtomicInteger();
  private final AtomicInteger finished = new AtomicInteger();
  private final AtomicInteger conflicts = new AtomicInteger();
  private final Latencies completions = new Latencies();
  private final Map<String, Latencies> byTask = new LinkedHashMap<>();

  LifecycleRun(PactApi api, Scenario scenario, int workers, int window, long timeoutMillis) {
    this.api = api;
    this.scenario = scenario;
    this.workers = workers;
    this.window = window;
    this.timeoutMillis = timeoutMillis;
  }

  Result run(int instances) throws Exception {
    long start = System.nanoTime();
    long deadline = System.currentTimeMillis() + timeoutMillis;
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        running.add(pool.submit(() -> {
          work(instances, deadline);
          return null;
        }));
      }
      for (Future<?> worker : running) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(finished.get(), seconds, completions, byTask, conflicts.get());
  }

  private void work(int instances, long deadline) throws InterruptedException {
    Map<String, String> inFlight = new HashMap<>(); // process instance id -> business key
    while (true) {
      while (inFlight.size() < window) {
        int index = nextIndex.getAndIncrement();
        if (index >= instances) {
          break;
        }
        PactApi.Started started = api.start(scenario.processKey(), scenario.businessKey(index), scenario.startVariables(index));
        inFlight.put(started.processInstanceId(), started.businessKey());
      }
      if (inFlight.isEmpty()) {
        return;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("Instances still running at the time limit: " + inFlight.values());
      }
      List<PactApi.OpenTask> tasks = api.openTasks(inFlight.values());
      for (PactApi.OpenTask task : tasks) {
        complete(task);
      }
      Set<String> stillRunning = api.running(inFlight.keySet());
      int before = inFlight.size();
      inFlight.keySet().retainAll(stillRunning);
      finished.addAndGet(before - inFlight.size());
      if (tasks.isEmpty() && before == inFlight.size()) {
        Thread.sleep(10); // every instance waits for the job executor
      }
    }
  }

  private void complete(PactApi.OpenTask task) {
    Map<String, Object> variables = scenario.taskVariables(task.taskDefinitionKey(), name -> api.taskVariable(task.id(), name));
    long begin = System.nanoTime();
    try {
      api.complete(task.id(), variables);
    } catch (RuntimeException failure) {
      if (api.isConflict(failure)) {
        conflicts.incrementAndGet(); // the task stays open and is completed in a later round
        return;
      }
      throw failure;
    }
    long duration = System.nanoTime() - begin;
    completions.record(duration);
    synchronized (byTask) {
      byTask.computeIfAbsent(task.taskDefinitionKey(), key -> new Latencies()).record(duration);
    }
  }
}
