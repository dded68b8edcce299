package be.clusterpact.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Calendar dates as forms and REST clients send them, in Brussels time, shown the Dutch way. */
public final class Dates {

  public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-BE"));

  private Dates() {}

  /** A date as a form (yyyy-MM-dd), an ISO date-time text or a REST Date value gives it. */
  public static LocalDate date(String field, Object raw) {
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      throw new InvalidInputException(field, "datum is verplicht");
    }
    if (raw instanceof Date date) {
      return date.toInstant().atZone(BRUSSELS).toLocalDate();
    }
    if (raw instanceof String text) {
      try {
        String trimmed = text.trim();
        return LocalDate.parse(trimmed.length() > 10 ? trimmed.substring(0, 10) : trimmed);
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(field, "verwacht een datum (jjjj-mm-dd), kreeg '" + text + "'");
      }
    }
    throw new InvalidInputException(field, "verwacht een datum (jjjj-mm-dd)");
  }

  /** A required date that already happened (today at the latest), e.g. when a letter was sent. */
  public static LocalDate notInTheFuture(String field, Object raw, LocalDate today) {
    LocalDate date = date(field, raw);
    if (date.isAfter(today)) {
      throw new InvalidInputException(field, "datum " + dutch(date) + " ligt in de toekomst");
    }
    return date;
  }

  /** e.g. {@code 31 december 2020}. */
  public static String dutch(LocalDate date) {
    return DUTCH_DATE.format(date);
  }

  public static Date startOfDay(LocalDate date) {
    return Date.from(date.atStartOfDay(BRUSSELS).toInstant());
  }

  public static LocalDate inBrussels(Instant instant) {
    return instant.atZone(BRUSSELS).toLocalDate();
  }

  /** The engine's current time (tests may move it), as an instant. */
  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The engine's current date in Brussels. */
  public static LocalDate today() {
    return inBrussels(now());
  }
}
