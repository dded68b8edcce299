package be.clusterpact.expertgroup;

import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.kernel.Dates;
import be.clusterpact.kernel.Texts;
import java.time.LocalDate;
import java.util.Map;

/**
 * Some countries ask their applicants to inform a national authority (Germany: the federal economy
 * ministry BMWi, by a short informal e-mail); which ones is decided by table {@code Decision_NationalNotification}.
 * It is a request to the applicant, never a condition: screening and selection go on whether or not it was sent;
 * the desk records whether and when it was sent and reminds the applicant when it was not.
 */
public final class NationalNotifications {

  private NationalNotifications() {}

  public record Request(boolean requested, String authority, String channel) {

    /** A reminder is due when the applicant's country asks for the e-mail and no sending date is known. */
    public boolean reminderDue(LocalDate sentOn) {
      return requested && sentOn == null;
    }
  }

  /** The decision's single result (outputs notificationRequested, notificationAuthority, notificationChannel). */
  public static Request fromDecision(Map<String, Object> result) {
    if (result == null || !Boolean.TRUE.equals(result.get(EuExpertGroupApplicationProcess.NOTIFICATION_REQUESTED))) {
      return new Request(false, null, null);
    }
    Object authority = result.get("notificationAuthority");
    if (!(authority instanceof String text) || text.isBlank()) {
      throw new IllegalStateException("Decision_NationalNotification asks for a notification but names no authority");
    }
    Object channel = result.get("notificationChannel");
    return new Request(true, text, channel instanceof String c && !c.isBlank() ? c : null);
  }

  /** When the applicant sent the e-mail, if known: optional, never a date in the future. */
  public static LocalDate sentOn(Object raw, LocalDate today) {
    if (raw == null || (raw instanceof String text && text.isBlank())) {
      return null;
    }
    return Dates.notInTheFuture(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_SENT_ON, raw, today);
  }

  public record Reminder(LocalDate remindedOn, LocalDate sentOn, String note) {}

  /** The desk reminded the applicant (a past date) and, if it is known by then, when the e-mail was sent. */
  public static Reminder remind(Object remindedOn, Object sentOn, Object note, LocalDate today) {
    return new Reminder(Dates.notInTheFuture(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_REMINDED_ON, remindedOn, today), sentOn(sentOn, today),
        Texts.optional(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_NOTE, note, 1000));
  }
}
