package be.clusterpact.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's parameters, from system properties {@code bench.*} (the Maven profile {@code bench}
 * passes them through). Defaults make one run of about ten minutes on a 2-core machine.
 *
 * @param pacts clusterpacts driven through the Java API (N)
 * @param workers concurrent workers (K), also the client count of the commit loop
 * @param rounds slices each of the engine-floor and clusterpact runs is cut into; the slices alternate
 *     (floor, pacts, floor, pacts, ...) so that other load on the machine weighs on both alike
 * @param window pacts each worker keeps in flight (a worker completes the tasks of one while the job
 *     executor works on the others)
 * @param restPacts clusterpacts driven through the REST API
 * @param minimalInstances instances of the minimal process (start, one user task, end)
 * @param openTasks open tasks the Tasklist queries run against (topped up, kept between runs)
 * @param historicInstances historic process instances in the database (topped up, kept between runs)
 * @param queries queries per Tasklist request kind
 * @param commitSeconds duration of each raw commit loop
 * @param statsSettleMillis wait before reading {@code pg_stat_database} (backends report their
 *     counters when idle, at the latest after ten seconds)
 * @param timeoutSeconds a lifecycle run that takes longer fails
 * @param port HTTP port of the booted application (0: any free port)
 * @param output directory of results.md and results.json
 * @param springArgs extra application arguments, e.g. engine settings under test
 */
public record BenchSettings(int pacts, int workers, int rounds, int window, int restPacts, int minimalInstances, int openTasks,
    int historicInstances, int queries, int commitSeconds, long statsSettleMillis, long timeoutSeconds, int port,
    Path output, List<String> springArgs) {

  public static BenchSettings fromSystemProperties() {
    int pacts = integer("bench.pacts", 800);
    return new BenchSettings(pacts, integer("bench.workers", 4), integer("bench.rounds", 3),
        integer("bench.window", 3),
        integer("bench.restPacts", Math.max(1, pacts / 10)), integer("bench.minimalInstances", 6000),
        integer("bench.openTasks", 10_000), integer("bench.historicInstances", 100_000),
        integer("bench.queries", 1000), integer("bench.commitSeconds", 10), integer("bench.statsSettleMillis", 11_000),
        integer("bench.timeoutSeconds", 1200), integer("bench.port", 8096),
        Path.of(System.getProperty("bench.output", "target/bench")),
        Arrays.stream(System.getProperty("bench.springArgs", "").trim().split("\\s+")).filter(a -> !a.isBlank()).toList());
  }

  private static int integer(String name, int fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }
}
