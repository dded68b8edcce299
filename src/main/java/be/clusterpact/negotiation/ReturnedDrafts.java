package be.clusterpact.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A draft of the pact that comes back to the person who drafted it, refused by the budget check or
 * by a minister: why, as the warning the draft form shows (Markdown, a quote that Tasklist's
 * user-styles.css shows as a warning).
 */
public final class ReturnedDrafts {

  private ReturnedDrafts() {}

  /**
   * The warning for the drafter; {@code null} when neither reason is known (the first draft).
   *
   * @param budgetCheckMessage why the budget check refused the amounts, or {@code null}
   * @param ministerRejection the rejecting cabinet and its motivation, or {@code null}
   */
  public static String notice(String budgetCheckMessage, String ministerRejection) {
    List<String> reasons = new ArrayList<>();
    if (present(budgetCheckMessage)) {
      reasons.add("De budgetcontrole weigerde het ontwerp. " + budgetCheckMessage.trim());
    }
    if (present(ministerRejection)) {
      reasons.add("Afgekeurd door " + ministerRejection.trim());
    }
    if (reasons.isEmpty()) {
      return null;
    }
    return "**⚠ Teruggestuurd:** " + String.join(" ", reasons)
        + "\nPas het ontwerp aan en voltooi de taak opnieuw.";
  }

  /** The text as a Markdown quote, every line of it, so a motivation of several lines stays inside the warning. */
  public static String asWarning(String notice) {
    return notice == null ? null
        : notice.lines().map(line -> "> " + line).collect(Collectors.joining("\n>\n"));
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
