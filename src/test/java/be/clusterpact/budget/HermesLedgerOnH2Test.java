package be.clusterpact.budget;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.MigratedH2;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded default runs on H2: the same migrations (with the demo maxima) apply there, and the
 * ledger's row lock keeps concurrent reservations within the maximum on H2 too.
 */
class HermesLedgerOnH2Test {

  @Test
  void anEarlierDatabaseKeepsItsMaximaWhenTheLedgerArrives() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:upgrade;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("cp_flyway_schema_history")
        .target("1").load().migrate();
    new JdbcTemplate(dataSource).update("insert into cp_hermes_annual_maximum (budget_year, maximum_cents, decided_by,"
        + " decided_at) values (2030, 123, 'cabinet', current_timestamp)");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("cp_flyway_schema_history")
        .load().migrate();
    assertThat(new HermesLedger(new JdbcTemplate(dataSource)).balance(2030)).contains(new YearBalance(2030, 123L, 0, 0, 0, 0));
  }

  @Test
  void migrationsAndConcurrentReservationsWorkOnH2() throws Exception {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:ledger;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/demo")
        .table("cp_flyway_schema_history").load().migrate();
    HermesLedger ledger = new HermesLedger(new JdbcTemplate(dataSource));
    TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

    int nextYear = Year.now().getValue() + 1;
    assertThat(ledger.balance(nextYear)).as("demo maximum").contains(new YearBalance(nextYear, 1_500_000_000L, 0, 0, 0, 0));
    assertThat(ledger.balance(nextYear + 1)).as("set next year, not yet").isEmpty();

    EarmarkPlan plan = new EarmarkPlan(List.of(new EarmarkPlan.YearAmount(nextYear, 100_000_000L)));
    AtomicInteger accepted = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String pact = "CP-H2-" + i + "-2026";
      futures.add(pool.submit(() -> transactions.executeWithoutResult(status -> {
        if (ledger.reserve(new LedgerStep("pi-" + pact, pact, "reservation-1", "h2"), plan).accepted()) {
          accepted.incrementAndGet();
        }
      })));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();

    assertThat(accepted.get()).as("€ 15 M in steps of € 1 M").isEqualTo(15);
    assertThat(ledger.balance(nextYear).orElseThrow().availableCents()).isZero();
  }

  @Test
  void concurrentConditionalReservationsCreateTheYearOnceOnH2() throws Exception {
    DataSource dataSource = MigratedH2.named("conditional");
    HermesLedger ledger = new HermesLedger(new JdbcTemplate(dataSource));
    TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    EarmarkPlan plan = new EarmarkPlan(List.of(new EarmarkPlan.YearAmount(2090, 100_000_000L),
        new EarmarkPlan.YearAmount(2091, 50_000_000L)));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<HermesLedger.Reservation>> futures = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String pact = "CP-H2-COND-" + i + "-2026";
      futures.add(pool.submit(() -> transactions.execute(status ->
          ledger.reserve(new LedgerStep("pi-" + pact, pact, "reservation-1", "h2"), plan))));
    }
    for (Future<HermesLedger.Reservation> future : futures) {
      assertThat(future.get().accepted()).isTrue();
      assertThat(future.get().conditionalYears()).containsExactly(2090, 2091);
    }
    pool.shutdown();

    assertThat(ledger.balance(2090)).contains(YearBalance.withoutMaximum(2090, 24 * 100_000_000L, 0));
    assertThat(ledger.balance(2091)).contains(YearBalance.withoutMaximum(2091, 24 * 50_000_000L, 0));
    assertThat(ledger.entries("CP-H2-COND-7-2026")).allSatisfy(e -> assertThat(e.conditional()).isTrue());
  }
}
