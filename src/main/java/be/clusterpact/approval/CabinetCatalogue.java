package be.clusterpact.approval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ministers' cabinets that may have to approve a pact, one per Flemish policy domain the forms
 * know (codes are the outputs of {@code Decision_ApprovingMinisters}; each has a Tasklist group
 * {@code cabinet-<code>}). Which cabinet is competent for which domain is data in that decision
 * table, so a new government's division of portfolios is a change of the table, not of this list.
 */
public final class CabinetCatalogue {

  public static final String ECONOMY = "economy";

  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put(ECONOMY, "Kabinet van de Vlaamse minister van Economie en Innovatie");
    NAMES.put("budget", "Kabinet van de Vlaamse minister van Begroting en Financiën");
    NAMES.put("work", "Kabinet van de Vlaamse minister van Werk en Sociale Economie");
    NAMES.put("foreign-trade", "Kabinet van de Vlaamse minister van Buitenlandse Zaken en Buitenlandse Handel");
    NAMES.put("environment", "Kabinet van de Vlaamse minister van Omgeving");
    NAMES.put("mobility", "Kabinet van de Vlaamse minister van Mobiliteit en Openbare Werken");
    NAMES.put("agriculture", "Kabinet van de Vlaamse minister van Landbouw en Visserij");
    NAMES.put("education", "Kabinet van de Vlaamse minister van Onderwijs en Vorming");
  }

  private CabinetCatalogue() {}

  /** Every cabinet code, economy first. */
  public static List<String> codes() {
    return List.copyOf(NAMES.keySet());
  }

  public static boolean isKnown(String code) {
    return NAMES.containsKey(code);
  }

  public static String displayName(String code) {
    String name = NAMES.get(code);
    if (name == null) {
      throw new IllegalArgumentException("Unknown cabinet " + code);
    }
    return name;
  }
}
