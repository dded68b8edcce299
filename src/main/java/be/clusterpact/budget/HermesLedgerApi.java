package be.clusterpact.budget;

import be.clusterpact.process.GroupIds;
import be.clusterpact.web.ApiException;
import be.clusterpact.web.CurrentUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read API of the Hermes fund ledger. Amounts in exact cents and in euro (two decimals). */
@RestController
@RequestMapping("/api/hermes")
class HermesLedgerApi {

  /** Who may read the ledger: those who set, check or decide on earmarked means. */
  static final List<String> READERS = List.of(GroupIds.ADMINISTRATORS, GroupIds.HERMES_FUND_MANAGER, GroupIds.HERMES_COMMITTEE,
      GroupIds.VLAIO_CLUSTER_TEAM, "cabinet-economy", "cabinet-budget");

  private final HermesLedger ledger;
  private final CurrentUser user;

  HermesLedgerApi(HermesLedger ledger, CurrentUser user) {
    this.ledger = ledger;
    this.user = user;
  }

  record Amount(long cents, BigDecimal euro) {
    static Amount of(long cents) {
      return new Amount(cents, EuroAmounts.euro(cents));
    }
  }

  /**
   * A budget year. Without maximum yet, {@code maximum} and {@code available} are null and what the
   * year holds is conditional: reserved and committed in afwachting van het jaarlijkse maximum.
   */
  record Year(int year, Amount maximum, boolean maximumSet, boolean conditional, String status, Amount committed,
              Amount provisional, Amount released, Amount available, boolean overcommitted) {}

  /** {@code conditional}: booked while the year had no maximum yet. */
  record Entry(long id, int year, LedgerEntryKind kind, String label, Amount amount, boolean conditional,
               String processInstanceId, String step, String recordedBy, String recordedAt, String note) {}

  /** {@code conditional}: the year has no maximum yet, so what the pact holds in it is not checked against one. */
  record PactYear(int year, boolean conditional, Amount provisional, Amount committed, Amount released) {}

  record Pact(String businessKey, List<PactYear> years, List<Entry> entries) {}

  /** What one pact holds in a year of the overview; {@code conditional}: its commitment awaits the year's maximum. */
  record PactInYear(String businessKey, boolean conditional, Amount provisional, Amount committed, Amount released) {}

  /**
   * A year of the fund at a glance: {@link Year}'s figures, the committed amount split into conditional (no
   * maximum yet) and final (within the maximum), and the pacts behind them.
   */
  record YearOverview(int year, Amount maximum, boolean maximumSet, boolean conditional, String status,
                      Amount provisional, Amount committed, Amount committedConditional, Amount committedFinal,
                      Amount released, Amount available, boolean overcommitted, List<PactInYear> pacts) {}

  /** Every budget year the ledger knows, in year order, with the pacts behind each figure. */
  @GetMapping("/years")
  List<YearOverview> years() {
    user.requireAnyGroup(READERS);
    return FundOverview.of(ledger.years(), ledger.pactEntries()).stream().map(HermesLedgerApi::overview).toList();
  }

  static YearOverview overview(FundOverview.YearFigures figures) {
    YearBalance b = figures.balance();
    return new YearOverview(b.year(), b.maximumSet() ? Amount.of(b.maximumCents()) : null, b.maximumSet(),
        b.conditional(), YearStatus.of(b), Amount.of(b.provisionalCents()), Amount.of(b.committedCents()),
        Amount.of(figures.committedConditionalCents()), Amount.of(figures.committedFinalCents()),
        Amount.of(b.releasedCents()), b.maximumSet() ? Amount.of(b.availableCents()) : null, b.overcommitted(),
        figures.pacts().stream().map(p -> new PactInYear(p.businessKey(), b.conditional(), Amount.of(p.provisionalCents()),
            Amount.of(p.committedCents()), Amount.of(p.releasedCents()))).toList());
  }

  @GetMapping("/years/{year}")
  Year year(@PathVariable("year") String rawYear) {
    user.requireAnyGroup(READERS);
    int year = BudgetYears.parse("year", rawYear);
    YearBalance b = ledger.balance(year).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
        "Voor " + year + " is nog geen maximum van de geoormerkte middelen vastgelegd en er is nog niets gereserveerd."));
    return new Year(year, b.maximumSet() ? Amount.of(b.maximumCents()) : null, b.maximumSet(), b.conditional(),
        YearStatus.of(b), Amount.of(b.committedCents()), Amount.of(b.provisionalCents()), Amount.of(b.releasedCents()),
        b.maximumSet() ? Amount.of(b.availableCents()) : null, b.overcommitted());
  }

  @GetMapping("/pacts/{businessKey}")
  Pact pact(@PathVariable String businessKey) {
    user.requireAnyGroup(READERS);
    List<LedgerEntry> entries = ledger.entries(businessKey);
    if (entries.isEmpty()) {
      throw new ApiException(HttpStatus.NOT_FOUND, "Geen boekingen in het Hermesfonds voor " + businessKey + ".");
    }
    Map<Integer, PactYear> years = new TreeMap<>();
    for (LedgerEntry e : entries) {
      years.computeIfAbsent(e.year(), y -> {
        PactYearPosition p = PactYearPosition.of(y, entries);
        boolean conditional = ledger.balance(y).map(YearBalance::conditional).orElse(true);
        return new PactYear(y, conditional, Amount.of(p.provisionalCents()), Amount.of(p.committedCents()),
            Amount.of(p.releasedCents()));
      });
    }
    return new Pact(businessKey, List.copyOf(years.values()), entries.stream()
        .map(e -> new Entry(e.id(), e.year(), e.kind(), YearStatus.entryLabel(e), Amount.of(e.amountCents()),
            e.conditional(), e.processInstanceId(), e.step(), e.recordedBy(), e.recordedAt().toString(), e.note()))
        .toList());
  }
}
