package be.clusterpact.budget;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The yearly maximum of earmarked Hermes means, table {@code cp_hermes_annual_maximum}. */
@Repository
public class AnnualMaximumRepository {

  private final JdbcTemplate jdbc;

  AnnualMaximumRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Long> maximumCents(int year) {
    return jdbc.query("select maximum_cents from cp_hermes_annual_maximum where budget_year = ?",
            (rs, n) -> rs.getLong(1), year)
        .stream().findFirst();
  }

  /** Sets (or replaces) the maximum of a year. */
  public void setMaximum(int year, long cents, String decidedBy) {
    int updated = jdbc.update(
        "update cp_hermes_annual_maximum set maximum_cents = ?, decided_by = ?, decided_at = ? where budget_year = ?",
        cents, decidedBy, Timestamp.from(Instant.now()), year);
    if (updated == 0) {
      jdbc.update(
          "insert into cp_hermes_annual_maximum (budget_year, maximum_cents, decided_by, decided_at) values (?, ?, ?, ?)",
          year, cents, decidedBy, Timestamp.from(Instant.now()));
    }
  }
}
