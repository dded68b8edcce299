package be.clusterpact.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL database the integration tests ({@code *IT}) run against: {@code CLUSTERPACT_TEST_DB_URL}
 * (default the project machines' {@code jdbc:postgresql://127.0.0.1:5432/test}), user {@code
 * CLUSTERPACT_TEST_DB_USER} (default {@code postgres}), password {@code CLUSTERPACT_TEST_DB_PASSWORD}
 * (default empty). Each test JVM empties it once, before its first application starts; the unit and
 * model tests ({@code mvn test}) never connect to it.
 *
 * <p>Emptying drops everything in schema {@code public}, so it only happens to a database that is
 * explicitly a test database: one that is empty, one this class marked on an earlier run (a comment on
 * the database), or the project machines' database named {@code test}. Any other database with tables
 * is refused, naming it, before anything is dropped.
 */
public final class TestDatabase {

  public static final String URL = env("CLUSTERPACT_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  public static final String USER = env("CLUSTERPACT_TEST_DB_USER", "postgres");
  public static final String PASSWORD = env("CLUSTERPACT_TEST_DB_PASSWORD", "");

  static final String MARK = "clusterpact test database: emptied by every integration test run";
  private static final String PROJECT_TEST_DATABASE = "test";
  private static boolean emptied;

  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, USER, PASSWORD);
  }

  /** Empties the test database the first time this JVM asks; later calls do nothing. */
  public static synchronized void emptyOnce() {
    if (!emptied) {
      empty(URL);
      emptied = true;
    }
  }

  /**
   * Runs for every application started in a test JVM (test resources' {@code META-INF/spring.factories}):
   * one on this test database empties it first, once per JVM; applications on any other database (the
   * model tests' in-memory H2) are left alone.
   */
  public static class EmptiedBeforeFirstUse implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      if (URL.equals(context.getEnvironment().getProperty("spring.datasource.url"))) {
        emptyOnce();
      }
    }
  }

  /** Empties the database at {@code url} if it is a test database (see above), else refuses naming it. */
  static void empty(String url) {
    try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      String database = scalar(statement, "select current_database()");
      long tables = Long.parseLong(scalar(statement,
          "select count(*) from information_schema.tables where table_schema = 'public'"));
      boolean marked = MARK.equals(scalar(statement,
          "select shobj_description(oid, 'pg_database') from pg_database where datname = current_database()"));
      if (tables > 0 && !marked && !PROJECT_TEST_DATABASE.equals(database)) {
        throw new IllegalStateException("CLUSTERPACT_TEST_DB_URL points at " + url + ": database '" + database
            + "' holds " + tables + " tables and is not marked as a test database, and the integration tests"
            + " drop everything in its schema public. Point CLUSTERPACT_TEST_DB_URL at an empty database (it is"
            + " marked on first use); or, if this one really is a throw-away test database, mark it with:"
            + " comment on database \"" + database + "\" is '" + MARK + "'");
      }
      statement.execute("drop schema public cascade");
      statement.execute("create schema public");
      statement.execute("comment on database \"" + database.replace("\"", "\"\"") + "\" is '" + MARK + "'");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The integration tests need a PostgreSQL server at " + url + " (user " + USER + "). Start the local one"
              + " with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`, or point"
              + " CLUSTERPACT_TEST_DB_URL / _USER / _PASSWORD at another (an empty database, it will be emptied"
              + " by every run).", e);
    }
  }

  private static String scalar(Statement statement, String sql) throws SQLException {
    try (ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getString(1);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
