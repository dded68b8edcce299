package be.clusterpact.expertgroup;

import be.clusterpact.kernel.Choices;

/**
 * Where an individual gained the experience the call asks for. Only cluster management, business
 * support organisations, research institutions and consultancies qualify.
 */
public enum Background {
  CLUSTER_MANAGEMENT("clustermanagement", true),
  BUSINESS_SUPPORT("bedrijfsondersteunende organisatie", true),
  RESEARCH("onderzoeksinstelling", true),
  CONSULTANCY("adviesbureau", true),
  OTHER("andere achtergrond", false);

  private final String label;
  private final boolean qualifies;

  Background(String label, boolean qualifies) {
    this.label = label;
    this.qualifies = qualifies;
  }

  public String label() {
    return label;
  }

  public boolean qualifies() {
    return qualifies;
  }

  public static Background of(String field, Object raw) {
    return Choices.of(field, raw, Background.class, "is verplicht voor een individuele expert");
  }
}
