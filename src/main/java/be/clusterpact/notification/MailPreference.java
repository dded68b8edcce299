package be.clusterpact.notification;

import be.clusterpact.kernel.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a user hears about new tasks, kept in their Camunda user info under {@value #USER_INFO_KEY}:
 * {@code per-task} (one e-mail per new task, the default), {@code digest} (one e-mail a day listing the
 * tasks that arrived) or {@code off} (no e-mail at all). Engine-free.
 */
public enum MailPreference {

  PER_TASK("per-task"), DIGEST("digest"), OFF("off");

  /** The Camunda user info key. */
  public static final String USER_INFO_KEY = "clusterpact.mail";

  /** The field of the self-service API's body. */
  public static final String FIELD = "mail";

  private final String value;

  MailPreference(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  /** What a stored user info value means: none, an empty or an unknown value keeps e-mails per task. */
  public static MailPreference stored(String raw) {
    String value = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(preference -> preference.value.equals(value)).findFirst().orElse(PER_TASK);
  }

  /** A value a user sends: exactly one of the three (case and surrounding spaces ignored), else refused naming the field. */
  public static MailPreference parse(Object raw) {
    if (raw == null || raw instanceof String text && text.isBlank()) {
      throw new InvalidInputException(FIELD, "is verplicht: per-task, digest of off");
    }
    if (raw instanceof String text) {
      String value = text.trim().toLowerCase(Locale.ROOT);
      for (MailPreference preference : values()) {
        if (preference.value.equals(value)) {
          return preference;
        }
      }
    }
    throw new InvalidInputException(FIELD, "kies per-task (een e-mail per taak), digest (een e-mail per dag) of off (geen e-mail)");
  }
}
