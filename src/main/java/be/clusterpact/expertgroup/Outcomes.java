package be.clusterpact.expertgroup;

import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.kernel.Choices;
import be.clusterpact.kernel.Dates;
import be.clusterpact.kernel.Texts;
import java.time.LocalDate;
import java.util.Optional;

/** The Commission secretariat's selection decision, and the outcome every applicant is told. */
public final class Outcomes {

  public static final String SELECTED = "SELECTED";
  public static final String REFUSED = "REFUSED";
  public static final String SELECT = "SELECT";
  public static final String REJECT = "REJECT";

  private Outcomes() {}

  public static String label(String outcome) {
    return SELECTED.equals(outcome) ? "Geselecteerd" : "Geweigerd";
  }

  /** The secretariat's decision: empty to select (a seat is then requested), else the refusal reason. */
  public static Optional<String> selectionRefusal(Object decision, Object motivation) {
    String choice = Choices.oneOf(EuExpertGroupApplicationProcess.SELECTION_DECISION, decision,
        new Choices.Option(SELECT, "selecteren"), new Choices.Option(REJECT, "niet selecteren"));
    if (SELECT.equals(choice)) {
      Texts.optional(EuExpertGroupApplicationProcess.SELECTION_MOTIVATION, motivation, 4000);
      return Optional.empty();
    }
    return Optional.of("Niet geselecteerd door de Europese Commissie: " + Texts.required(EuExpertGroupApplicationProcess.SELECTION_MOTIVATION, motivation, 4000));
  }

  public record Notice(LocalDate notifiedOn, String note) {}

  /** The desk confirms the applicant was told: the date the letter or e-mail left, never in the future. */
  public static Notice notice(Object notifiedOn, Object note, LocalDate today) {
    return new Notice(Dates.notInTheFuture(EuExpertGroupApplicationProcess.OUTCOME_NOTIFIED_ON, notifiedOn, today),
        Texts.optional(EuExpertGroupApplicationProcess.OUTCOME_NOTIFICATION_NOTE, note, 2000));
  }
}
