package be.clusterpact.negotiation;

import be.clusterpact.platform.InvalidInputException;
import be.clusterpact.platform.Texts;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

/** Opens the dossier of a pact when support is granted: its business key and first-year deadlines. */
public final class PactDossiers {

  public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final LocalDate FIRST_POSSIBLE_DECISION = LocalDate.of(2016, 1, 1);
  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-BE"));

  private PactDossiers() {}

  /** What the start form (or a REST client) gives. */
  public record StartData(Object clusterName, Object clusterOrganisation, Object clusterContactName,
      Object clusterContactEmail, Object supportDecisionDate, Object longTermStrategy) {}

  public record Dossier(String businessKey, String clusterName, String clusterOrganisation, String clusterContactName,
      String clusterContactEmail, LocalDate supportDecisionDate, String longTermStrategy,
      LocalDate reminderDate, LocalDate firstYearDeadline) {

    public Date reminderInstant() {
      return startOfDay(reminderDate);
    }

    public Date firstYearDeadlineInstant() {
      return startOfDay(firstYearDeadline);
    }
  }

  public static Dossier open(StartData data, LocalDate today) {
    String name = Texts.required("clusterName", data.clusterName(), 100);
    String organisation = Texts.required("clusterOrganisation", data.clusterOrganisation(), 200);
    String contact = Texts.required("clusterContactName", data.clusterContactName(), 200);
    String email = Texts.required("clusterContactEmail", data.clusterContactEmail(), 200);
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidInputException("clusterContactEmail", "is geen geldig e-mailadres");
    }
    String strategy = Texts.required("longTermStrategy", data.longTermStrategy(), 4000);
    LocalDate decision = date("supportDecisionDate", data.supportDecisionDate());
    if (decision.isAfter(today)) {
      throw new InvalidInputException("supportDecisionDate", "de steunbeslissing kan niet in de toekomst liggen");
    }
    if (decision.isBefore(FIRST_POSSIBLE_DECISION)) {
      throw new InvalidInputException("supportDecisionDate", "ligt voor het begin van het speerpuntclusterbeleid (2016)");
    }
    return new Dossier(businessKey(name, decision), name, organisation, contact, email, decision, strategy,
        decision.plusMonths(9), decision.plusMonths(12));
  }

  /** {@code CP-<CLUSTER>-<year of the support decision>}, e.g. {@code CP-FLANDERS-FOOD-2026}. */
  public static String businessKey(String clusterName, LocalDate decision) {
    String ascii = Normalizer.normalize(clusterName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("(^-|-$)", "");
    if (slug.isEmpty()) {
      throw new InvalidInputException("clusterName", "moet letters of cijfers bevatten");
    }
    return "CP-" + slug + "-" + decision.getYear();
  }

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

  public static String dutch(LocalDate date) {
    return DUTCH_DATE.format(date);
  }

  public static Date startOfDay(LocalDate date) {
    return Date.from(date.atStartOfDay(BRUSSELS).toInstant());
  }
}
