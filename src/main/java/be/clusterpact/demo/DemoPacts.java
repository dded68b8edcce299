package be.clusterpact.demo;

import be.clusterpact.process.ClusterpactProcess;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The demo pacts: real spearhead clusters, each standing at another step. The seeder completes every
 * task of a pact until only the tasks in {@code waitsAt} are open (or the pact has ended).
 */
final class DemoPacts {

  /**
   * One pact: the start data, the support decision date, what the committee picks, the amounts that
   * are negotiated, and the tasks the pact is left waiting at.
   */
  record DemoPact(String cluster, String organisation, String contactName, String sector, String strategy,
      LocalDate supportDecision, List<String> agencies, String clusterThemes, List<Long> earmarkEuroPerYear,
      Set<String> waitsAt) {

    int firstEarmarkYear() {
      return supportDecision.getYear() + 1;
    }
  }

  private DemoPacts() {}

  static List<DemoPact> all(LocalDate today) {
    return List.of(
        // Waits for the Hermes decision committee to pick themes and agencies.
        new DemoPact("Flanders' FOOD", "Flanders' FOOD vzw", "Nele Van Damme", "agrovoeding",
            "Vlaanderen als Europese topregio voor gezonde, duurzame voeding tegen 2035.",
            today.minusWeeks(3), List.of("LV", "OVAM"), "Eiwittransitie\nVoedselveiligheid", List.of(300_000L, 300_000L, 300_000L),
            Set.of(ClusterpactProcess.TASK_SELECT_THEMES_AND_AGENCIES)),
        // In negotiations with FIT, WSE, OVAM, EWI and the cluster organisation itself; the first-year deadline
        // falls within 30 days.
        new DemoPact("Catalisti", "Catalisti vzw", "Jan Claes", "chemie en kunststoffen",
            "Een circulaire, koolstofarme chemische industrie in Vlaanderen tegen 2050.",
            today.minusYears(1).plusDays(20), List.of("OVAM", "EWI"), "Chemische recyclage\nBiogebaseerde grondstoffen",
            List.of(450_000L, 450_000L, 450_000L),
            Set.of(ClusterpactProcess.TASK_ALIGN_WITH_FIT, ClusterpactProcess.TASK_ALIGN_WITH_WSE, ClusterpactProcess.TASK_NEGOTIATE_WITH_AGENCY, ClusterpactProcess.TASK_RECORD_TRANSITION_CONTRIBUTION,
                ClusterpactProcess.TASK_RECORD_CLUSTER_COMMITMENTS)),
        // Negotiated; the VLAIO cluster team drafts the pact.
        new DemoPact("The Blue Cluster", "The Blue Cluster vzw", "Sofie Maes", "blauwe economie",
            "Duurzame groei van de blauwe economie in de Noordzee.",
            today.minusMonths(4), List.of("MDK"), "Offshore energie\nAquacultuur", List.of(250_000L, 0L, 0L),
            Set.of(ClusterpactProcess.TASK_DRAFT_CLUSTERPACT)),
        // Multi-year earmarked means: waits for two ministers, economy and budget.
        new DemoPact("Flux50", "Flux50 vzw", "Pieter Janssens", "energie",
            "Vlaanderen als proeftuin voor slimme, geïntegreerde energiesystemen.",
            today.minusMonths(6), List.of("VEKA", "OMG"), "Slimme netten\nWarmtenetten", List.of(300_000L, 300_000L, 200_000L),
            Set.of(ClusterpactProcess.TASK_APPROVE_AS_MINISTER)),
        // Approved by the minister for economy and signed.
        new DemoPact("SIM", "SIM vzw", "Liesbeth Wouters", "materialen",
            "Geavanceerde materialen voor de Vlaamse maakindustrie.",
            today.minusMonths(8), List.of("EWI"), "Materialen voor energieopslag", List.of(300_000L, 0L, 0L),
            Set.of()));
  }
}
