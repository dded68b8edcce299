package be.clusterpact.approval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ministers' cabinets that may have to approve a pact (codes are the DMN outputs; each has a
 * Tasklist group {@code cabinet-<code>}).
 */
public final class CabinetCatalogue {

  public static final String ECONOMY = "economy";

  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put(ECONOMY, "Kabinet van de Vlaamse minister van Economie en Innovatie");
    NAMES.put("budget", "Kabinet van de Vlaamse minister van Begroting en Financiën");
    NAMES.put("work", "Kabinet van de Vlaamse minister van Werk en Sociale Economie");
    NAMES.put("foreign-trade", "Kabinet van de Vlaamse minister van Buitenlandse Handel");
    NAMES.put("environment", "Kabinet van de Vlaamse minister van Omgeving");
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
