package be.clusterpact.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark's PostgreSQL database, reached with plain JDBC beside the engine's pool. */
record BenchDatabase(String url, String user, String password) {

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Transactions committed in this database so far, as PostgreSQL's statistics report them. */
  long committedTransactions() throws SQLException {
    return queryLong("select xact_commit from pg_stat_database where datname = current_database()");
  }

  String serverVersion() throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("show server_version")) {
      result.next();
      return result.getString(1);
    }
  }

  String setting(String name) throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select current_setting('" + name.replace("'", "") + "')")) {
      result.next();
      return result.getString(1);
    }
  }

  long queryLong(String sql) throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Host, port and database name of a {@code jdbc:postgresql://host[:port]/name} URL, for pgbench. */
  record Address(String host, String port, String database) {}

  Address address() {
    Matcher matcher = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*").matcher(url);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
    }
    return new Address(matcher.group(1), matcher.group(2) == null ? "5432" : matcher.group(2), matcher.group(3));
  }
}
