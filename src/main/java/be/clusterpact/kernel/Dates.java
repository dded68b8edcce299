package be.clusterpact.kernel;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Calendar dates as forms and REST clients send them, in Brussels time, shown the Dutch way. */
public final class Dates {

  public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  /** {@code dd/mm/jjjj}, {@code d/m/jjjj} or {@code dd-mm-jjjj} (one separator). */
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})");
  /** {@code jjjj-mm-dd}, alone or as the start of an ISO date-time. */
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-BE"));

  private Dates() {}

  /**
   * The one reading of a typed or sent date: day first as Flemish users type it ({@code dd/mm/jjjj},
   * {@code d/m/jjjj}, {@code dd-mm-jjjj}), an ISO date ({@code jjjj-mm-dd}, REST clients) or ISO
   * date-time text (its date part), or a REST Date value. Never month first; an impossible date
   * ({@code 31/02/2026}, {@code 15/13/2026}) is refused naming the field.
   */
  public static LocalDate date(String field, Object raw) {
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      throw new InvalidInputException(field, "datum is verplicht");
    }
    if (raw instanceof Date date) {
      return date.toInstant().atZone(BRUSSELS).toLocalDate();
    }
    if (raw instanceof LocalDate date) {
      return date;
    }
    if (raw instanceof String text) {
      String trimmed = text.trim();
      Matcher dayFirst = DAY_FIRST.matcher(trimmed);
      Matcher iso = ISO.matcher(trimmed);
      if (dayFirst.matches()) {
        return existing(field, text, dayFirst.group(4), dayFirst.group(3), dayFirst.group(1));
      }
      if (iso.matches()) {
        return existing(field, text, iso.group(1), iso.group(2), iso.group(3));
      }
      throw new InvalidInputException(field, "verwacht een datum als dd/mm/jjjj (bv. 01/03/2026), kreeg '" + text + "'");
    }
    throw new InvalidInputException(field, "verwacht een datum als dd/mm/jjjj (bv. 01/03/2026)");
  }

  private static LocalDate existing(String field, String text, String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException impossible) {
      throw new InvalidInputException(field, "'" + text.trim() + "' is geen bestaande datum (dd/mm/jjjj)");
    }
  }

  /** e.g. {@code 01/03/2026}: how forms show a stored date and how users type one. */
  public static String typed(LocalDate date) {
    return TYPED.format(date);
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
