package be.clusterpact.expertgroup;

/**
 * One application for a seat: a public body with its level of government, or an individual with the
 * background of their experience. {@code level} is set for public bodies only, {@code background}
 * and {@code experience} for individuals only.
 */
public record Application(String callKey, ApplicantKind kind, String name, GovernmentLevel level, Background background,
    String experience, String country, String contactName, String contactEmail, String motivation) {

  /** e.g. "Provincie Antwerpen (openbare instantie)", for task names. */
  public String displayName() {
    return name + " (" + kind.label() + ")";
  }

  /** What the desk reads in its forms. */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append(name).append(" – ").append(kind.label());
    if (level != null) {
      text.append(", ").append(level.label()).append(" niveau");
    }
    if (background != null) {
      text.append(", achtergrond: ").append(background.label());
    }
    text.append(". Land: ").append(country).append(".");
    text.append("\nContact: ").append(contactName == null ? "" : contactName + ", ").append(contactEmail);
    if (experience != null) {
      text.append("\nErvaring: ").append(experience);
    }
    text.append("\nMotivatie: ").append(motivation);
    return text.toString();
  }
}
