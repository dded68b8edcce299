package be.clusterpact.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasklist's task query joins Camunda's authorization table and filters it on permission bits
 * ({@code PERMS_ & 2 = 2}: read a task; {@code PERMS_ & 64 = 64}: read the tasks of a process
 * definition). PostgreSQL has no statistics for such expressions and guesses that 0.5 % of the rows
 * match, where nearly all do; with thousands of open tasks it then plans a nested loop that compares
 * every visible task with every authorization (about 240 ms instead of 17 ms for 10 000 open tasks,
 * see README, Performance). Expression statistics on the two bits give the planner the truth. Created
 * once on PostgreSQL 14 or later (with the schema, under the start-up lock); other databases are
 * left alone.
 */
final class TaskQueryStatistics {

  private static final Logger LOG = LoggerFactory.getLogger(TaskQueryStatistics.class);
  static final String[][] STATISTICS = {
      {"cp_auth_perms_read", "perms_ & 2"},
      {"cp_auth_perms_read_task", "perms_ & 64"}};

  private TaskQueryStatistics() {}

  static void ensure(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
          || connection.getMetaData().getDatabaseMajorVersion() < 14) {
        return;
      }
      boolean created = false;
      for (String[] statistics : STATISTICS) {
        if (!exists(statement, statistics[0])) {
          statement.execute("create statistics " + statistics[0] + " on (" + statistics[1] + ") from act_ru_authorization");
          created = true;
        }
      }
      if (created) {
        statement.execute("analyze act_ru_authorization");
        LOG.info("Planner statistics for the task query's authorization check created");
      }
    } catch (SQLException e) {
      LOG.warn("Planner statistics for the task query could not be created; Tasklist may be slower", e);
    }
  }

  private static boolean exists(Statement statement, String name) throws SQLException {
    try (ResultSet result = statement.executeQuery(
        "select count(*) from pg_statistic_ext where stxname = '" + name + "' and stxnamespace = current_schema()::regnamespace")) {
      result.next();
      return result.getInt(1) > 0;
    }
  }
}
