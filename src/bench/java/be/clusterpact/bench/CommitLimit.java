package be.clusterpact.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The database limit: single-row inserts, each committed, from K clients at once. */
final class CommitLimit {

  static final String TABLE = "bench_commit";

  private final BenchDatabase database;

  CommitLimit(BenchDatabase database) {
    this.database = database;
  }

  /** Commits per second of K JDBC connections, each inserting one row and committing in a loop. */
  double jdbcCommitsPerSecond(int clients, int seconds) throws Exception {
    prepareTable();
    AtomicLong commits = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<?>> loops = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        loops.add(pool.submit(() -> {
          try (Connection connection = database.connect();
              PreparedStatement insert = connection.prepareStatement("insert into " + TABLE + " (v) values (?)")) {
            connection.setAutoCommit(false);
            while (System.nanoTime() < end) {
              insert.setInt(1, 1);
              insert.executeUpdate();
              connection.commit();
              commits.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<?> loop : loops) {
        loop.get();
      }
    } finally {
      pool.shutdown();
    }
    return commits.get() / ((System.nanoTime() - start) / 1e9);
  }

  /** The same with pgbench, when it is installed: transactions per second, or empty. */
  OptionalDouble pgbenchCommitsPerSecond(int clients, int seconds) throws Exception {
    File pgbench = new File("/usr/bin/pgbench");
    if (!pgbench.canExecute()) {
      return OptionalDouble.empty();
    }
    prepareTable();
    Path script = Files.createTempFile("bench-commit", ".sql");
    Files.writeString(script, "insert into " + TABLE + " (v) values (1);\n");
    BenchDatabase.Address address = database.address();
    ProcessBuilder builder = new ProcessBuilder(pgbench.getPath(), "-n", "-c", String.valueOf(clients), "-j",
        String.valueOf(clients), "-T", String.valueOf(seconds), "-f", script.toString(), "-h", address.host(),
        "-p", address.port(), "-U", database.user(), address.database()).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", database.password() == null ? "" : database.password());
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        System.err.println("pgbench failed:\n" + output);
        return OptionalDouble.empty();
      }
      Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
      return tps.find() ? OptionalDouble.of(Double.parseDouble(tps.group(1))) : OptionalDouble.empty();
    } catch (IOException e) {
      return OptionalDouble.empty();
    } finally {
      Files.deleteIfExists(script);
    }
  }

  private void prepareTable() throws Exception {
    database.execute("create table if not exists " + TABLE + " (id bigserial primary key, v integer not null)");
    database.execute("truncate " + TABLE);
  }
}
