package be.clusterpact.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda creates its schema and deploys at start-up without coordinating with other nodes: two
 * nodes starting at once on an empty PostgreSQL database collide. A session-level advisory lock,
 * taken before the engine is built and released after the deployment, makes them take turns. On
 * other databases (the embedded H2, one node) it does nothing.
 */
class StartupLock {

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);
  /** Any fixed number; "clusterpact" in ASCII, shortened. */
  static final long KEY = 0x636c7573746572L;

  private Connection connection;
  private String lockTimeout;

  void acquire(DataSource dataSource) {
    try {
      Connection candidate = dataSource.getConnection();
      if (!"PostgreSQL".equals(candidate.getMetaData().getDatabaseProductName())) {
        candidate.close();
        return;
      }
      try (Statement statement = candidate.createStatement()) {
        ResultSet timeout = statement.executeQuery("show lock_timeout");
        timeout.next();
        lockTimeout = timeout.getString(1);
        // Waiting for the other node's start-up is expected: no statement lock timeout for this wait.
        statement.execute("set lock_timeout = 0");
        statement.execute("select pg_advisory_lock(" + KEY + ")");
      }
      connection = candidate;
      LOG.debug("Start-up lock taken");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the start-up lock on the database", e);
    }
  }

  void release() {
    if (connection == null) {
      return;
    }
    try (Connection held = connection; Statement statement = held.createStatement()) {
      statement.execute("select pg_advisory_unlock(" + KEY + ")");
      statement.execute("set lock_timeout = '" + lockTimeout.replace("'", "") + "'");
    } catch (SQLException e) {
      LOG.warn("Could not release the start-up lock; it ends with the connection", e);
    } finally {
      connection = null;
    }
  }
}
