package be.clusterpact.negotiation;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The Hermes decision committee's choice of themes and agencies, with what always applies. */
public final class ThemeSelection {

  public static final String INDUSTRY_4_0 = "Industrie 4.0 (transitietraject Visie 2050)";
  public static final String CIRCULAR_ECONOMY = "Circulaire economie (transitietraject Visie 2050)";
  static final int MAX_THEMES = 20;
  static final int MAX_THEME_LENGTH = 200;

  private ThemeSelection() {}

  /**
   * @param themes Industry 4.0 and circular economy first, then the cluster-specific themes
   * @param additionalAgencies the agencies negotiated with besides FIT and WSE (one negotiation each)
   */
  public record Selection(List<String> themes, List<String> additionalAgencies) {

    public List<String> negotiatingAgencies() {
      List<String> all = new ArrayList<>(List.of(AgencyCatalogue.FIT, AgencyCatalogue.WSE));
      all.addAll(additionalAgencies);
      return all;
    }
  }

  public static Selection select(List<String> clusterSpecificThemes, List<String> selectedAgencies) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> themes = new ArrayList<>(List.of(INDUSTRY_4_0, CIRCULAR_ECONOMY));
    themes.forEach(t -> seen.add(t.toLowerCase(Locale.ROOT)));
    seen.add("industrie 4.0");
    seen.add("circulaire economie");
    for (String theme : clusterSpecificThemes) {
      String trimmed = theme.trim();
      if (trimmed.length() > MAX_THEME_LENGTH) {
        throw new InvalidInputException(ClusterpactProcess.CLUSTER_SPECIFIC_THEMES, "een thema is langer dan " + MAX_THEME_LENGTH + " tekens");
      }
      if (!trimmed.isEmpty() && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
        themes.add(trimmed);
      }
    }
    if (themes.size() > MAX_THEMES) {
      throw new InvalidInputException(ClusterpactProcess.CLUSTER_SPECIFIC_THEMES, "meer dan " + MAX_THEMES + " thema's");
    }
    Set<String> agencies = new LinkedHashSet<>();
    for (String code : selectedAgencies) {
      String normalised = code.trim().toUpperCase(Locale.ROOT);
      if (!AgencyCatalogue.isKnown(normalised)) {
        throw new InvalidInputException(ClusterpactProcess.SELECTED_AGENCIES, "onbekend agentschap '" + code + "'");
      }
      if (!AgencyCatalogue.MANDATORY.contains(normalised)) {
        agencies.add(normalised);
      }
    }
    return new Selection(themes, List.copyOf(agencies));
  }
}
