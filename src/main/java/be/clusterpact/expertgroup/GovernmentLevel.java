package be.clusterpact.expertgroup;

import be.clusterpact.kernel.Choices;

/** The level a public body works at: the call admits national, regional and local bodies. */
public enum GovernmentLevel {
  NATIONAL("nationaal"),
  REGIONAL("regionaal"),
  LOCAL("lokaal");

  private final String label;

  GovernmentLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static GovernmentLevel of(String field, Object raw) {
    return Choices.of(field, raw, GovernmentLevel.class, "is verplicht voor een openbare instantie (nationaal, regionaal of lokaal)");
  }
}
