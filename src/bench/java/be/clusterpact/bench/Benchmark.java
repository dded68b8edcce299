package be.clusterpact.bench;

import be.clusterpact.ClusterpactApplication;
import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerStep;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deployment's performance in one run: lifecycle throughput of complete clusterpacts (Java and REST
 * API), the engine floor of a minimal process, the database's raw commit rate, Tasklist query latency
 * with authorizations on, boot time and heap. Run with {@code mvn -Pbench verify} (see README,
 * Performance); writes {@code target/bench/results.md} and {@code results.json} and prints the table.
 */
public final class Benchmark {

  static final String COMMAND = "mvn -Pbench verify";
  static final long MAXIMUM_CENTS = 1_000_000_000_000_000L;

  private final BenchSettings settings;
  private final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
  private final BenchReport report = new BenchReport();
  /** The database's commit counter at the end of the last slice. */
  private long lastCommitted;

  private Benchmark(BenchSettings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    BenchReport report = run(BenchSettings.fromSystemProperties(), "postgres");
    System.out.println();
    System.out.println(report.markdown());
    System.exit(0);
  }

  /** Boots the application with the given profiles, measures, writes and returns the report. */
  static BenchReport run(BenchSettings settings, String... profiles) throws Exception {
    return new Benchmark(settings).measure(profiles);
  }

  private BenchReport measure(String[] profiles) throws Exception {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    long bootStart = System.currentTimeMillis();
    try (ConfigurableApplicationContext app = boot(profiles)) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      awaitHealthUp(port);
      long ready = System.currentTimeMillis();
      Environment environment = app.getEnvironment();
      BenchDatabase database = new BenchDatabase(environment.getProperty("spring.datasource.url"),
          environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password", ""));
      header(database, app.getBean(DataSource.class));
      report.row("boot.toHealthUpMillis", "Boot: application start → `/actuator/health` UP", (double) (ready - bootStart),
          "ms", "Spring Boot run() until the health endpoint answers UP");
      report.row("boot.jvmStartToHealthUpMillis", "Boot: JVM start → health UP", (double) (ready - jvmStart), "ms",
          "includes JVM start and class loading");

      ProcessEngine engine = app.getBean(ProcessEngine.class);
      TasklistLoad tasklist = new TasklistLoad(engine, new TransactionTemplate(app.getBean(PlatformTransactionManager.class)));
      prepare(app, engine, tasklist);
      String filterId = tasklist.setUpUser();

      TasklistLoad.TopUp history = tasklist.topUpHistory(settings.historicInstances(), settings.workers());
      progress("history topped up: %d instances in %.1f s", history.created(), history.seconds());
      report.put("data.historicInstancesCreated", history.created());
      report.put("data.historicInstancesSeconds", history.seconds());
      TasklistLoad.TopUp backlog = tasklist.topUpBacklog(settings.openTasks(), settings.workers());
      progress("backlog topped up: %d tasks in %.1f s", backlog.created(), backlog.seconds());
      report.put("data.openTasksCreated", backlog.created());
      report.put("data.openTasksSeconds", backlog.seconds());

      database.execute("analyze");
      progress("statistics analyzed");

      warmUp(engine);
      JavaPactApi java = new JavaPactApi(engine);
      String driverPassword = tasklist.setUpDriver();
      Thread.sleep(settings.statsSettleMillis());
      lastCommitted = database.committedTransactions();
      Measurement floor = new Measurement();
      Measurement pacts = new Measurement();
      for (int round = 0; round < settings.rounds(); round++) {
        slice(floor, java, new MinimalScenario(run + "F" + round), share(settings.minimalInstances(), round), database);
        slice(pacts, java, new ClusterpactScenario(run + "P" + round), share(settings.pacts(), round), database);
      }
      Measurement rest = new Measurement();
      slice(rest, new RestPactApi(port, TasklistLoad.DRIVER, driverPassword), new ClusterpactScenario(run + "R"),
          settings.restPacts(), database);
      double floorRate = report("engineFloor", "Engine floor (start → 1 user task → end), Java API", floor);
      double pactRate = report("lifecycleJava", "Complete clusterpacts, Java API", pacts);
      report("lifecycleRest", "Complete clusterpacts, REST API", rest);
      report.row("ratios.engineFloor", "**Ratio to the engine floor** (clusterpact tx/s ÷ minimal tx/s)",
          pactRate / floorRate, "", "target ≥ 0.9");

      CommitLimit commits = new CommitLimit(database);
      double jdbc = commits.jdbcCommitsPerSecond(settings.workers(), settings.commitSeconds());
      report.row("database.jdbcCommitsPerSecond", "Database limit: insert + commit over JDBC, " + settings.workers()
          + " clients", jdbc, "commits/s", settings.commitSeconds() + " s loop");
      OptionalDouble pgbench = commits.pgbenchCommitsPerSecond(settings.workers(), settings.commitSeconds());
      if (pgbench.isPresent()) {
        report.row("database.pgbenchCommitsPerSecond", "Database limit: pgbench, same insert, " + settings.workers()
            + " clients", pgbench.getAsDouble(), "commits/s", "");
      }
      report.row("ratios.databaseLimit", "**Ratio to the database limit** (clusterpact tx/s ÷ JDBC commits/s)",
          pactRate / jdbc, "", "");
      report.row("ratios.floorToDatabaseLimit", "Minimal process tx/s ÷ JDBC commits/s", floorRate / jdbc, "", "");

      queries(engine, tasklist, port, filterId);

      System.gc();
      MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
      report.row("heap.usedAfterLoadMb", "Heap used after the load (after a full GC)", heap.getUsed() / 1048576.0, "MB",
          "max heap " + heap.getMax() / 1048576 + " MB");
      report.put("heap.committedMb", heap.getCommitted() / 1048576.0);
      report.put("heap.maxMb", heap.getMax() / 1048576.0);
      long incidents = engine.getRuntimeService().createIncidentQuery().count();
      report.row("incidents", "Open incidents in the database after the run", incidents, "", "should be 0");
    }
    report.write(settings.output());
    return report;
  }

  private ConfigurableApplicationContext boot(String[] profiles) {
    List<String> args = new ArrayList<>(List.of("--server.port=" + settings.port(),
        "--camunda.bpm.authorization.enabled=true", "--camunda.bpm.job-execution.enabled=true",
        "--CLUSTERPACT_NODE_NAME=bench", "--spring.jmx.enabled=false", "--logging.level.root=warn",
        "--logging.level.be.clusterpact=warn"));
    args.addAll(settings.springArgs());
    // The postgres profile refuses to start without an administrator password; the benchmark itself
    // drives the REST API as its own user. Lowest precedence: the environment or a profile wins.
    return new SpringApplicationBuilder(ClusterpactApplication.class).profiles(profiles)
        .properties("CLUSTERPACT_ADMIN_PASSWORD=Meting-Beheer-Geheim-1").run(args.toArray(String[]::new));
  }

  private void header(BenchDatabase database, DataSource appPool) throws Exception {
    Runtime runtime = Runtime.getRuntime();
    String machine = String.format("%d cores (%s), %s %s, Java %s, PostgreSQL %s, max heap %d MB",
        runtime.availableProcessors(), cpuModel(), System.getProperty("os.name"), System.getProperty("os.version"),
        System.getProperty("java.version"), database.serverVersion(), runtime.maxMemory() / 1048576);
    report.header("Command: `" + COMMAND + "` (N=" + settings.pacts() + " pacts, K=" + settings.workers()
        + " workers, " + settings.rounds() + " alternating rounds, window " + settings.window() + ", REST pacts " + settings.restPacts() + ", minimal instances "
        + settings.minimalInstances() + ", open tasks ≥ " + settings.openTasks() + ", historic instances ≥ "
        + settings.historicInstances() + ", " + settings.queries() + " queries per kind)  ");
    report.header("Machine: " + machine + "  ");
    report.header("Database: autovacuum " + database.setting("autovacuum") + ", random_page_cost "
        + database.setting("random_page_cost") + " (server), shared_buffers " + database.setting("shared_buffers")
        + "; the application's sessions: " + appSessionSettings(appPool) + "; expression statistics on "
        + "act_ru_authorization: " + database.queryLong("select count(*) from pg_statistic_ext e join pg_class c on"
        + " c.oid = e.stxrelid where c.relname = 'act_ru_authorization'") + "; the benchmark runs ANALYZE after"
        + " loading its data, as autovacuum would  ");
    report.header("Settings under test: " + (settings.springArgs().isEmpty() ? "none (main configuration)"
        : String.join(" ", settings.springArgs())));
    report.put("machine.description", machine);
    report.put("settings", Map.of("pacts", settings.pacts(), "workers", settings.workers(), "window", settings.window(),
        "restPacts", settings.restPacts(), "minimalInstances", settings.minimalInstances(), "openTasks",
        settings.openTasks(), "historicInstances", settings.historicInstances(), "queries", settings.queries(),
        "springArgs", settings.springArgs()));
  }

  private static String appSessionSettings(DataSource appPool) throws SQLException {
    try (Connection connection = appPool.getConnection(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(
            "select current_setting('random_page_cost'), current_setting('plan_cache_mode')")) {
      result.next();
      return "random_page_cost " + result.getString(1) + ", plan_cache_mode " + result.getString(2);
    }
  }

  private static String cpuModel() {
    try {
      return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst().orElse("unknown CPU");
    } catch (java.io.IOException e) {
      return "unknown CPU";
    }
  }

  /** Yearly maxima for the pacts' budget years and the benchmark's own models. */
  private void prepare(ConfigurableApplicationContext app, ProcessEngine engine, TasklistLoad tasklist) {
    HermesLedger ledger = app.getBean(HermesLedger.class);
    for (int year = ClusterpactScenario.FIRST_YEAR; year < ClusterpactScenario.FIRST_YEAR + ClusterpactScenario.YEARS; year++) {
      ledger.setMaximum(new LedgerStep(null, null, "bench-maximum", "bench"), year, MAXIMUM_CENTS);
    }
    BenchModels.deploy(engine);
  }

  /** A few pacts and minimal instances before measuring, so the first measurement is not the JIT's. */
  private void warmUp(ProcessEngine engine) throws Exception {
    JavaPactApi java = new JavaPactApi(engine);
    long timeout = settings.timeoutSeconds() * 1000;
    new LifecycleRun(java, new MinimalScenario(run + "W"), settings.workers(), settings.window(), timeout)
        .run(Math.min(200, settings.minimalInstances()));
    new LifecycleRun(java, new ClusterpactScenario(run + "W"), settings.workers(), settings.window(), timeout)
        .run(Math.min(2 * settings.workers(), settings.pacts()));
    progress("warmed up");
  }

  private int share(int total, int round) {
    return total / settings.rounds() + (round < total % settings.rounds() ? 1 : 0);
  }

  /** One slice of a phase; its transactions are the growth of the database's commit counter. */
  private void slice(Measurement measurement, PactApi api, Scenario scenario, int instances, BenchDatabase database)
      throws Exception {
    LifecycleRun.Result result = new LifecycleRun(api, scenario, settings.workers(), settings.window(),
        settings.timeoutSeconds() * 1000).run(instances);
    Thread.sleep(settings.statsSettleMillis());
    long committed = database.committedTransactions();
    measurement.add(result, committed - lastCommitted);
    lastCommitted = committed;
    progress("%s: %d instances in %.1f s", scenario.getClass().getSimpleName(), result.instances(), result.seconds());
  }

  /** The phase's rows; answers its engine transactions per second. */
  private double report(String key, String title, Measurement result) {
    double perInstance = result.transactionsPerInstance();
    double perSecond = result.transactionsPerSecond();
    long transactions = result.transactions();
    report.row(key + ".instancesPerSecond", title + ": throughput", result.instancesPerSecond(), "instances/s",
        result.instances() + " instances in " + String.format(Locale.ROOT, "%.1f", result.seconds()) + " s");
    report.row(key + ".transactionsPerInstance", title + ": transactions per instance", perInstance, "tx",
        "`pg_stat_database.xact_commit` delta ÷ instances");
    report.row(key + ".transactionsPerSecond", title + ": engine transactions/s", perSecond, "tx/s", "");
    report.row(key + ".completionP50Millis", title + ": task completion p50 / p95 / p99",
        String.format(Locale.ROOT, "%.1f / %.1f / %.1f", result.completions().percentileMillis(50),
            result.completions().percentileMillis(95), result.completions().percentileMillis(99)), "ms",
        result.completions().count() + " completions");
    report.put(key + ".instances", result.instances());
    report.put(key + ".seconds", result.seconds());
    report.put(key + ".transactions", transactions);
    report.put(key + ".completions", result.completions().count());
    report.put(key + ".completionP50Millis", result.completions().percentileMillis(50));
    report.put(key + ".completionP95Millis", result.completions().percentileMillis(95));
    report.put(key + ".completionP99Millis", result.completions().percentileMillis(99));
    report.put(key + ".conflictsRetried", result.conflicts());
    result.byTask().forEach((task, latencies) -> {
      report.put(key + ".byTask." + task + ".completions", latencies.count());
      report.put(key + ".byTask." + task + ".p50Millis", latencies.percentileMillis(50));
      report.put(key + ".byTask." + task + ".p95Millis", latencies.percentileMillis(95));
    });
    return perSecond;
  }

  private void queries(ProcessEngine engine, TasklistLoad tasklist, int port, String filterId) {
    long open = engine.getTaskService().createTaskQuery().count();
    long historic = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
    RestPactApi rest = new RestPactApi(port, TasklistLoad.USER, TasklistLoad.PASSWORD);
    long visible = rest.post("/task/count", Map.of("candidateGroups", TasklistLoad.USER_GROUPS)).get("count").asLong();
    Map<String, Latencies> latencies = tasklist.measureQueries(rest, filterId, settings.queries());
    report.put("tasklist.openTasks", open);
    report.put("tasklist.historicInstances", historic);
    report.put("tasklist.authorizations", authorizations);
    report.put("tasklist.visibleToUser", visible);
    String scale = open + " open tasks (" + visible + " for the user's groups), " + historic + " historic instances, "
        + authorizations + " authorizations";
    report.header("Tasklist data: " + scale + "  ");
    Latencies all = new Latencies();
    latencies.forEach((kind, kindLatencies) -> {
      report.row("tasklist." + kind + ".p50Millis", "Tasklist query `" + kind + "` p50 / p95",
          String.format(Locale.ROOT, "%.1f / %.1f", kindLatencies.percentileMillis(50),
              kindLatencies.percentileMillis(95)), "ms", kindLatencies.count() + " queries");
      report.put("tasklist." + kind + ".p50Millis", kindLatencies.percentileMillis(50));
      report.put("tasklist." + kind + ".p95Millis", kindLatencies.percentileMillis(95));
      report.put("tasklist." + kind + ".queries", kindLatencies.count());
    });
    double p95 = latencies.values().stream().mapToDouble(l -> l.percentileMillis(95)).max().orElse(0);
    report.row("tasklist.worstP95Millis", "**Tasklist query p95** (worst of the three)", p95, "ms", "target < 50 ms");
  }

  private static void awaitHealthUp(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      try {
        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // the server is not listening yet
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("/actuator/health did not answer UP within two minutes");
  }

  private static void progress(String format, Object... args) {
    System.out.printf("[bench] " + format + "%n", args);
  }

}
