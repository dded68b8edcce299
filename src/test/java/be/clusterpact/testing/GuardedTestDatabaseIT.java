package be.clusterpact.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The integration tests empty only a database that is explicitly a test database. */
class GuardedTestDatabaseIT {

  private final String name = "clusterpact_guard_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private final String url = TestDatabase.URL.substring(0, TestDatabase.URL.lastIndexOf('/') + 1) + name;

  @BeforeEach
  void createDatabase() throws SQLException {
    admin("create database " + name);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    admin("drop database if exists " + name);
  }

  @Test
  void aDatabaseWithTablesThatIsNotMarkedIsRefusedAndKeepsItsData() throws SQLException {
    execute("create table pacts (business_key text)", "insert into pacts values ('CP-CATALISTI-2026')");

    assertThatThrownBy(() -> TestDatabase.empty(url)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("database '" + name + "' holds 1 tables and is not marked as a test database")
        .hasMessageContaining("comment on database");
    assertThat(count("select count(*) from pacts")).isEqualTo(1);
  }

  @Test
  void anEmptyDatabaseIsMarkedOnFirstUseAndEmptiedOnTheNext() throws SQLException {
    TestDatabase.empty(url);
    execute("create table leftovers (id int)");

    TestDatabase.empty(url);

    assertThat(count("select count(*) from information_schema.tables where table_schema = 'public'")).isZero();
  }

  private void admin(String sql) throws SQLException {
    try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private void execute(String... sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD);
        Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD);
        Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
