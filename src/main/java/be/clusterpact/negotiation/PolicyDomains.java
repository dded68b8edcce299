package be.clusterpact.negotiation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flemish policy domains a pact can involve (codes as used in the forms). */
public final class PolicyDomains {

  public static final String ECONOMY = "EWI";

  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("EWI", "Economie, Wetenschap en Innovatie");
    NAMES.put("WSE", "Werk en Sociale Economie");
    NAMES.put("OMG", "Omgeving");
    NAMES.put("MOW", "Mobiliteit en Openbare Werken");
    NAMES.put("LV", "Landbouw en Visserij");
    NAMES.put("ONW", "Onderwijs en Vorming");
    NAMES.put("IV", "Internationaal Vlaanderen");
    NAMES.put("FB", "Financiën en Begroting");
  }

  private PolicyDomains() {}

  public static boolean isKnown(String code) {
    return NAMES.containsKey(code);
  }

  /** Every domain code, in the order the forms list them. */
  public static List<String> codes() {
    return List.copyOf(NAMES.keySet());
  }

  /** {@code MOW – Mobiliteit en Openbare Werken}. */
  public static String label(String code) {
    String name = NAMES.get(code);
    if (name == null) {
      throw new IllegalArgumentException("Unknown policy domain " + code);
    }
    return code + " – " + name;
  }
}
