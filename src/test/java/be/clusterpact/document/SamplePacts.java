package be.clusterpact.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@code clusterpact} variable as the process writes it (JSON read back into maps and lists). */
final class SamplePacts {

  private SamplePacts() {}

  static Map<String, Object> flux50() {
    Map<String, Object> pact = new LinkedHashMap<>();
    pact.put("businessKey", "CP-FLUX50-2026");
    pact.put("cluster", Map.of("name", "Flux50", "organisation", "Flux50 vzw", "contact", "Els Janssens",
        "email", "els@flux50.example"));
    pact.put("supportDecisionDate", "2026-03-01");
    pact.put("longTermStrategy", "Vlaanderen als proeftuin voor slimme energiesystemen.");
    pact.put("clusterCommitments", Map.of(
        "competitivenessProgramme", "Energie-innovatie in 40 bedrijven.",
        "partners", List.of(
            Map.of("name", "Energo NV", "kind", "ONDERNEMING", "enterpriseNumber", "0123.456.749",
                "commitment", "Pilootproject microgrid", "valueCents", 15_000_000, "contribution", "CASH"),
            partnerWithoutNumber()),
        "cashCents", 15_000_000, "inKindCents", 5_000_050L));
    pact.put("themes", List.of("Slimme netten", "Circulaire economie (transitietraject Visie 2050)",
        "Industrie 4.0 (transitietraject Visie 2050)"));
    pact.put("agencies", List.of("FIT", "WSE", "VEKA"));
    pact.put("agreements", Map.of(
        "FIT", "Gezamenlijke handelsmissies naar Duitsland.",
        "WSE", "Opleidingen voor installateurs.",
        "agencies", List.of(Map.of("agency", "VEKA", "agreementSummary", "Proefprojecten warmtenetten.",
            "projectMeansCents", 50_000_000L, "nonFinancialKinds", List.of("VERGUNNINGEN"),
            "nonFinancialCommitments", "Snellere vergunning voor proefprojecten.", "policyDomain", "OMG")),
        "researchGroups", "EnergyVille\nKU Leuven ELECTA",
        "researchAgenda", "Opname van netflexibiliteit in de onderzoeksagenda."));
    pact.put("transitionContribution", Map.of("industry40", "Digitale tweeling van het net.",
        "circularEconomy", "Hergebruik van batterijen."));
    pact.put("earmarkedMeans", List.of(Map.of("year", 2027, "amountCents", 15_000_000),
        Map.of("year", 2028, "amountCents", 40_000_000), Map.of("year", 2029, "amountCents", 30_000_000)));
    pact.put("conditionalEarmarkYears", List.of(2029));
    pact.put("projectMeansCents", 50_000_000L);
    pact.put("nonFinancialCommitments", "VEKA: snellere vergunning voor proefprojecten.");
    pact.put("ministers", List.of(
        Map.of("cabinet", "economy", "decision", "APPROVE", "decidedBy", "economie.demo",
            "decidedAt", "2026-11-20T10:15:30Z"),
        Map.of("cabinet", "budget", "decision", "APPROVE", "decidedBy", "begroting.demo",
            "decidedAt", "2026-11-21T23:30:00Z")));
    pact.put("commitment", Map.of("status", "VOORWAARDELIJK",
        "condition", "Jaarlijkse vrijgave na beoordeling van het jaarverslag van de cluster, binnen het jaarlijkse maximum van de geoormerkte middelen.",
        "totalCents", 85_000_000L));
    return pact;
  }

  private static Map<String, Object> partnerWithoutNumber() {
    Map<String, Object> partner = new LinkedHashMap<>();
    partner.put("name", "UGent Labo Energie");
    partner.put("kind", "KENNISINSTELLING");
    partner.put("enterpriseNumber", null);
    partner.put("commitment", "Meetcampagne");
    partner.put("valueCents", 5_000_050);
    partner.put("contribution", "IN_NATURA");
    return partner;
  }
}
