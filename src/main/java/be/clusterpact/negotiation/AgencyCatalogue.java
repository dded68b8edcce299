package be.clusterpact.negotiation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Flemish agencies and administrations a clusterpact is negotiated with. FIT and WSE always take
 * part; the Hermes decision committee picks any of the others. Each has a Tasklist group {@code
 * agency-<code in lower case>}.
 */
public final class AgencyCatalogue {

  public static final String FIT = "FIT";
  public static final String WSE = "WSE";

  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put(FIT, "FIT – Flanders Investment & Trade");
    NAMES.put(WSE, "Departement Werk en Sociale Economie");
    NAMES.put("VDAB", "VDAB – Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding");
    NAMES.put("OVAM", "OVAM – Openbare Vlaamse Afvalstoffenmaatschappij");
    NAMES.put("OMG", "Departement Omgeving");
    NAMES.put("EWI", "Departement Economie, Wetenschap en Innovatie");
    NAMES.put("VEKA", "VEKA – Vlaams Energie- en Klimaatagentschap");
    NAMES.put("MOW", "Departement Mobiliteit en Openbare Werken");
    NAMES.put("LV", "Departement Landbouw en Visserij");
    NAMES.put("MDK", "MDK – Agentschap Maritieme Dienstverlening en Kust");
  }

  public static final Set<String> MANDATORY = Set.of(FIT, WSE);

  private AgencyCatalogue() {}

  /** Every agency code, FIT and WSE first. */
  public static List<String> codes() {
    return List.copyOf(NAMES.keySet());
  }

  public static boolean isKnown(String code) {
    return NAMES.containsKey(code);
  }

  public static String displayName(String code) {
    String name = NAMES.get(code);
    if (name == null) {
      throw new IllegalArgumentException("Unknown agency code " + code);
    }
    return name;
  }
}
