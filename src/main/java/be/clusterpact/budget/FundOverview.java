package be.clusterpact.budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Hermes fund at a glance: per budget year its maximum and totals, the committed amount split into
 * conditional (the year has no maximum yet: in afwachting van het jaarlijkse maximum) and final (within a
 * set maximum), and the pacts behind each figure. Engine-free: folded from the years and the pacts' entries.
 */
public final class FundOverview {

  private FundOverview() {}

  /** What one pact holds in one year; its commitment is conditional when the year has no maximum. */
  public record PactFigures(String businessKey, long provisionalCents, long committedCents, long releasedCents) {}

  /**
   * One year. {@code committedConditionalCents + committedFinalCents = balance.committedCents()}; released
   * tranches stay part of the committed amount.
   */
  public record YearFigures(YearBalance balance, long committedConditionalCents, long committedFinalCents,
                            List<PactFigures> pacts) {}

  public static List<YearFigures> of(List<YearBalance> years, List<LedgerEntry> pactEntries) {
    Map<Integer, Map<String, List<LedgerEntry>>> byYearAndPact = new TreeMap<>();
    for (LedgerEntry entry : pactEntries) {
      byYearAndPact.computeIfAbsent(entry.year(), y -> new LinkedHashMap<>())
          .computeIfAbsent(entry.pactBusinessKey(), p -> new ArrayList<>()).add(entry);
    }
    List<YearFigures> figures = new ArrayList<>();
    for (YearBalance year : years) {
      List<PactFigures> pacts = new ArrayList<>();
      byYearAndPact.getOrDefault(year.year(), Map.of()).forEach((pact, entries) -> {
        PactYearPosition position = PactYearPosition.of(year.year(), entries);
        if (position.provisionalCents() != 0 || position.committedCents() != 0 || position.releasedCents() != 0) {
          pacts.add(new PactFigures(pact, position.provisionalCents(), position.committedCents(), position.releasedCents()));
        }
      });
      pacts.sort(java.util.Comparator.comparing(PactFigures::businessKey));
      figures.add(new YearFigures(year, year.conditional() ? year.committedCents() : 0,
          year.conditional() ? 0 : year.committedCents(), pacts));
    }
    return figures;
  }
}
