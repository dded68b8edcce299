package be.clusterpact.expertgroup;

import be.clusterpact.kernel.Choices;

/** The two kinds of members of the expert group, each with its own seats. */
public enum ApplicantKind {
  PUBLIC_BODY("openbare instantie", "openbare instanties"),
  INDIVIDUAL("individuele expert", "individuele experten");

  private final String label;
  private final String plural;

  ApplicantKind(String label, String plural) {
    this.label = label;
    this.plural = plural;
  }

  public String label() {
    return label;
  }

  public String plural() {
    return plural;
  }

  public static ApplicantKind of(String field, Object raw) {
    return Choices.of(field, raw, ApplicantKind.class, "is verplicht: openbare instantie (PUBLIC_BODY) of individuele expert (INDIVIDUAL)");
  }
}
