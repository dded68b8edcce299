package be.clusterpact.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Hermes fund ledger in the application database (tables {@code cp_hermes_year} and
 * {@code cp_hermes_ledger_entry}).
 *
 * <p>Concurrency: every booking first locks the rows of its budget years ({@code select ... for
 * update}, in ascending year order so two bookings cannot deadlock), then checks and writes. The
 * lock is held until the surrounding transaction ends; called from a delegate, that is the process
 * engine's own transaction, so the ledger and the process state commit or roll back together.
 *
 * <p>Idempotency: a step books at most once per process instance and year (unique key); a step
 * that finds its entries already booked does nothing.
 *
 * <p>Conditional years: a year whose maximum is not set yet has a row without maximum. Reservations
 * and commitments for it are accepted without a check and booked as conditional; when its maximum
 * is set, everything it holds becomes the basis of that maximum ({@link YearBalance#overcommitted()}
 * when it does not fit).
 */
@Service
@Transactional
public class HermesLedger {

  private static final Logger log = LoggerFactory.getLogger(HermesLedger.class);

  private final JdbcTemplate jdbc;
  /** A savepoint around creating a year row, so losing the race to another booking does not abort the transaction. */
  private final TransactionTemplate savepoint;

  HermesLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * The outcome of a reservation: accepted, or refused with one Dutch sentence per year that does
   * not fit; {@code conditionalYears} were accepted without maximum, in afwachting van het jaarlijkse maximum.
   */
  public record Reservation(boolean accepted, List<String> problems, List<Integer> conditionalYears) {}

  /**
   * Reserves the plan's yearly amounts provisionally, all years or none: each year with a maximum
   * only if the amount fits what that maximum still leaves available, each year without maximum
   * conditionally.
   */
  public Reservation reserve(LedgerStep step, EarmarkPlan plan) {
    Map<Integer, YearBalance> balances = new TreeMap<>();
    plan.years().stream().filter(y -> y.cents() > 0).map(EarmarkPlan.YearAmount::year).sorted()
        .forEach(year -> balances.put(year, lockOrCreateYear(year)));
    List<Integer> conditionalYears = AnnualCeilingCheck.conditionalYears(plan, y -> Optional.ofNullable(balances.get(y)));
    if (alreadyBooked(step)) {
      return new Reservation(true, List.of(), conditionalYears);
    }
    List<String> problems = AnnualCeilingCheck.problems(plan, y -> Optional.ofNullable(balances.get(y)));
    if (!problems.isEmpty()) {
      log.info("Reservation of {} refused: {}", step.pactBusinessKey(), problems);
      return new Reservation(false, problems, conditionalYears);
    }
    for (EarmarkPlan.YearAmount year : plan.years()) {
      if (year.cents() > 0) {
        book(step, year.year(), LedgerEntryKind.RESERVATION, year.cents(), null);
      }
    }
    if (!conditionalYears.isEmpty()) {
      log.info("Reservation of {} is conditional for {}: no maximum set yet", step.pactBusinessKey(), conditionalYears);
    }
    return new Reservation(true, List.of(), conditionalYears);
  }

  /** Gives back whatever the pact still holds provisionally, in every year. */
  public void releaseReservation(LedgerStep step) {
    for (int year : yearsOfPact(step.pactBusinessKey())) {
      lockYear(year);
      long provisional = position(step.pactBusinessKey(), year).provisionalCents();
      if (provisional > 0) {
        book(step, year, LedgerEntryKind.RESERVATION_RELEASED, provisional, null);
      }
    }
  }

  /** Turns the pact's provisional amounts into conditional commitments. */
  public void commit(LedgerStep step) {
    for (int year : yearsOfPact(step.pactBusinessKey())) {
      lockYear(year);
      long provisional = position(step.pactBusinessKey(), year).provisionalCents();
      if (provisional > 0) {
        book(step, year, LedgerEntryKind.COMMITMENT, provisional, null);
      }
    }
  }

  /** Lowers the pact's open commitment of a year to {@code newCommitmentCents}; returns what was given back. */
  public long reduceCommitment(LedgerStep step, int year, long newCommitmentCents, String note) {
    lockYear(year);
    long open = position(step.pactBusinessKey(), year).openCommitmentCents();
    long reduction = open - newCommitmentCents;
    if (reduction <= 0) {
      return 0;
    }
    return book(step, year, LedgerEntryKind.COMMITMENT_REDUCED, reduction, note) ? reduction : 0;
  }

  /** Cancels the pact's open commitments of {@code fromYear} and every later year; returns the total given back. */
  public long cancelCommitments(LedgerStep step, int fromYear, String note) {
    long cancelled = 0;
    for (int year : yearsOfPact(step.pactBusinessKey())) {
      if (year >= fromYear) {
        cancelled += cancelCommitment(step, year, note);
      }
    }
    return cancelled;
  }

  /** Cancels the pact's open commitment of one year; returns what was given back. */
  public long cancelCommitment(LedgerStep step, int year, String note) {
    lockYear(year);
    long open = position(step.pactBusinessKey(), year).openCommitmentCents();
    return open > 0 && book(step, year, LedgerEntryKind.COMMITMENT_CANCELLED, open, note) ? open : 0;
  }

  /** Pays out the pact's open commitment of a year; returns the tranche. */
  public long releaseTranche(LedgerStep step, int year) {
    lockYear(year);
    long booked = entryAmount(step, year);
    if (booked >= 0) {
      return booked;
    }
    long open = position(step.pactBusinessKey(), year).openCommitmentCents();
    if (open > 0) {
      book(step, year, LedgerEntryKind.TRANCHE_RELEASED, open, null);
    }
    return open;
  }

  /**
   * Sets a year's maximum. What the year holds (also conditionally, before it had a maximum) becomes
   * the basis of the maximum; when it does not fit, the yearly tranche follow-up asks the committee
   * to reduce, keep or stop ({@link YearBalance#overcommitted()}).
   */
  public void setMaximum(LedgerStep step, int year, long maximumCents) {
    if (maximumCents < 0) {
      throw new IllegalArgumentException("A maximum cannot be negative: " + maximumCents);
    }
    YearBalance current = lockOrCreateYear(year);
    if (alreadyBooked(step, year)) {
      return;
    }
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("update cp_hermes_year set maximum_cents = ?, reduction_basis_cents = ?, maximum_decided_by = ?,"
        + " maximum_decided_at = ? where budget_year = ?", maximumCents, current.heldCents(), step.actor(), now, year);
    insertEntry(step, year, LedgerEntryKind.MAXIMUM_SET, maximumCents, null, now, false);
    log.info("Maximum of earmarked Hermes means for {} set to {} by {}; the year holds {}{}", year,
        EuroAmounts.format(maximumCents), step.actor(), EuroAmounts.format(current.heldCents()),
        current.heldCents() > maximumCents ? ": overcommitted, the tranche follow-ups ask the committee" : "");
  }

  /** The year as it stands; empty when the ledger has never heard of it (no maximum, no booking). */
  @Transactional(readOnly = true)
  public Optional<YearBalance> balance(int year) {
    return jdbc.query("select budget_year, maximum_cents, provisional_cents, committed_cents, released_cents,"
        + " reduction_basis_cents from cp_hermes_year where budget_year = ?", HermesLedger::balanceRow, year).stream().findFirst();
  }

  /**
   * The year as it stands, locked until the surrounding transaction ends: a maximum being set for it
   * meanwhile waits, so a check followed by waiting for the maximum cannot miss it.
   */
  public Optional<YearBalance> lockedBalance(int year) {
    return lockYear(year);
  }

  /** Every budget year the ledger knows (a maximum or a booking), in year order. */
  @Transactional(readOnly = true)
  public List<YearBalance> years() {
    return jdbc.query("select budget_year, maximum_cents, provisional_cents, committed_cents, released_cents,"
        + " reduction_basis_cents from cp_hermes_year order by budget_year", HermesLedger::balanceRow);
  }

  /** Every entry of every pact (maxima left out), in booking order. */
  @Transactional(readOnly = true)
  public List<LedgerEntry> pactEntries() {
    return jdbc.query("select entry_id, budget_year, kind, amount_cents, pact_business_key, process_instance_id, step,"
        + " recorded_by, recorded_at, note, conditional from cp_hermes_ledger_entry where pact_business_key is not null"
        + " and kind <> 'MAXIMUM_SET' order by entry_id", HermesLedger::entryRow);
  }

  /** Every entry of a pact, in booking order. */
  @Transactional(readOnly = true)
  public List<LedgerEntry> entries(String pactBusinessKey) {
    return jdbc.query("select entry_id, budget_year, kind, amount_cents, pact_business_key, process_instance_id, step,"
        + " recorded_by, recorded_at, note, conditional from cp_hermes_ledger_entry where pact_business_key = ? order by entry_id",
        HermesLedger::entryRow, pactBusinessKey);
  }

  @Transactional(readOnly = true)
  public PactYearPosition position(String pactBusinessKey, int year) {
    return PactYearPosition.of(year, entries(pactBusinessKey));
  }

  private Optional<YearBalance> lockYear(int year) {
    return jdbc.query("select budget_year, maximum_cents, provisional_cents, committed_cents, released_cents,"
        + " reduction_basis_cents from cp_hermes_year where budget_year = ? for update", HermesLedger::balanceRow, year)
        .stream().findFirst();
  }

  /** Locks the year's row, creating it without maximum when the ledger has none yet. */
  private YearBalance lockOrCreateYear(int year) {
    Optional<YearBalance> existing = lockYear(year);
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      savepoint.executeWithoutResult(status -> jdbc.update("insert into cp_hermes_year (budget_year) values (?)", year));
    } catch (DuplicateKeyException createdMeanwhile) {
      log.debug("Budget year {} was created by another booking meanwhile", year);
    }
    return lockYear(year).orElseThrow(() -> new IllegalStateException("Budget year " + year + " could not be created"));
  }

  private List<Integer> yearsOfPact(String pactBusinessKey) {
    return jdbc.queryForList("select distinct budget_year from cp_hermes_ledger_entry where pact_business_key = ?"
        + " and kind <> 'MAXIMUM_SET' order by budget_year", Integer.class, pactBusinessKey);
  }

  private boolean alreadyBooked(LedgerStep step) {
    Integer count = jdbc.queryForObject("select count(*) from cp_hermes_ledger_entry where process_instance_id = ?"
        + " and step = ?", Integer.class, step.processInstanceId(), step.step());
    return count != null && count > 0;
  }

  private boolean alreadyBooked(LedgerStep step, int year) {
    return entryAmount(step, year) >= 0;
  }

  private long entryAmount(LedgerStep step, int year) {
    return jdbc.query("select amount_cents from cp_hermes_ledger_entry where process_instance_id = ? and budget_year = ?"
        + " and step = ?", (rs, n) -> rs.getLong(1), step.processInstanceId(), year, step.step())
        .stream().findFirst().orElse(-1L);
  }

  /** Books one entry and moves the year's totals; false when this step already booked this year. */
  private boolean book(LedgerStep step, int year, LedgerEntryKind kind, long cents, String note) {
    if (alreadyBooked(step, year)) {
      return false;
    }
    YearBalance balance = lockYear(year).orElseThrow(() -> new IllegalStateException("No budget year " + year));
    YearBalance after = kind.apply(balance, cents);
    jdbc.update("update cp_hermes_year set provisional_cents = ?, committed_cents = ?, released_cents = ?"
        + " where budget_year = ?", after.provisionalCents(), after.committedCents(), after.releasedCents(), year);
    insertEntry(step, year, kind, cents, note, Timestamp.from(Instant.now()), balance.conditional());
    log.info("Ledger {} {} {} for {} ({}{})", year, kind, EuroAmounts.format(cents), step.pactBusinessKey(), step.step(),
        balance.conditional() ? ", conditional: no maximum yet" : "");
    return true;
  }

  private void insertEntry(LedgerStep step, int year, LedgerEntryKind kind, long cents, String note, Timestamp at,
                           boolean conditional) {
    jdbc.update("insert into cp_hermes_ledger_entry (budget_year, kind, amount_cents, pact_business_key,"
            + " process_instance_id, step, recorded_by, recorded_at, note, conditional) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        year, kind.name(), cents, step.pactBusinessKey(), step.processInstanceId(), step.step(), step.actor(), at, note,
        conditional);
  }

  private static YearBalance balanceRow(ResultSet rs, int row) throws SQLException {
    long maximum = rs.getLong(2);
    Long maximumOrNull = rs.wasNull() ? null : maximum;
    return new YearBalance(rs.getInt(1), maximumOrNull, rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
  }

  private static LedgerEntry entryRow(ResultSet rs, int row) throws SQLException {
    return new LedgerEntry(rs.getLong(1), rs.getInt(2), LedgerEntryKind.valueOf(rs.getString(3)), rs.getLong(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
        rs.getString(10), rs.getBoolean(11));
  }
}
