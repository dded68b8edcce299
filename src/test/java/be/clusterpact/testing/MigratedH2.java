package be.clusterpact.testing;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An in-memory H2 database (the embedded default's engine) with the application's Flyway migrations
 * applied, as the application's own schema history names them: for tests of the application's tables
 * without Spring or Camunda. Each name is a database of its own, kept until the JVM ends.
 */
public final class MigratedH2 {

  private MigratedH2() {}

  public static DataSource named(String name) {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("cp_flyway_schema_history")
        .load().migrate();
    return dataSource;
  }
}
