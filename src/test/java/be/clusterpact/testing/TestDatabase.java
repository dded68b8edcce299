package be.clusterpact.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database the tests run against: {@code CLUSTERPACT_TEST_DB_URL} (default the
 * project machines' {@code jdbc:postgresql://127.0.0.1:5432/test}), user {@code
 * CLUSTERPACT_TEST_DB_USER} (default {@code postgres}), password {@code
 * CLUSTERPACT_TEST_DB_PASSWORD} (default empty).
 */
public final class TestDatabase {

  public static final String URL = env("CLUSTERPACT_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  public static final String USER = env("CLUSTERPACT_TEST_DB_USER", "postgres");
  public static final String PASSWORD = env("CLUSTERPACT_TEST_DB_PASSWORD", "");

  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, USER, PASSWORD);
  }

  /** Empties the test database: every run starts from a schema without tables. */
  static void reset() {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute("drop schema public cascade");
      statement.execute("create schema public");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The tests need a PostgreSQL server at " + URL + " (user " + USER + "). Start the local one with"
              + " `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`, or point"
              + " CLUSTERPACT_TEST_DB_URL / _USER / _PASSWORD at another (it will be emptied).", e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
