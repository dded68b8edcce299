package be.clusterpact.expertgroup;

import be.clusterpact.platform.Dates;
import be.clusterpact.platform.InvalidInputException;
import be.clusterpact.platform.Texts;
import java.time.LocalDate;
import java.util.Map;

/**
 * Some countries ask their applicants to inform a national authority (Germany: the federal economy
 * ministry BMWi); which ones is decided by table {@code Decision_NationalNotification}.
 */
public final class NationalNotifications {

  private NationalNotifications() {}

  public record Requirement(boolean required, String authority, String channel) {}

  /** The decision's single result (outputs notificationRequired, notificationAuthority, notificationChannel). */
  public static Requirement fromDecision(Map<String, Object> result) {
    if (result == null || !Boolean.TRUE.equals(result.get("notificationRequired"))) {
      return new Requirement(false, null, null);
    }
    Object authority = result.get("notificationAuthority");
    if (!(authority instanceof String text) || text.isBlank()) {
      throw new IllegalStateException("Decision_NationalNotification requires a notification but names no authority");
    }
    Object channel = result.get("notificationChannel");
    return new Requirement(true, text, channel instanceof String c && !c.isBlank() ? c : null);
  }

  public record Notification(LocalDate sentOn, String reference) {}

  /** The desk records when and how the authority was informed; never a date in the future. */
  public static Notification record(Object sentOn, Object reference, LocalDate today) {
    return new Notification(Dates.notInTheFuture("nationalNotificationSentOn", sentOn, today),
        Texts.required("nationalNotificationReference", reference, 1000));
  }

  /** Selection waits for a required notification: guards the seat even when a task is skipped by hand. */
  public static void requireRecordedBeforeSelection(boolean required, Object sentOn, String authority) {
    if (required && sentOn == null) {
      throw new InvalidInputException("nationalNotificationSentOn", "de kandidaat kan pas geselecteerd worden nadat de melding aan "
          + authority + " is vastgelegd");
    }
  }
}
