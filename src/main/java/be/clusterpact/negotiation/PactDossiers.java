package be.clusterpact.negotiation;

import be.clusterpact.platform.Dates;
import be.clusterpact.platform.InvalidInputException;
import be.clusterpact.platform.Texts;
import java.time.LocalDate;
import java.util.Date;

/** Opens the dossier of a pact when support is granted: its business key and first-year deadlines. */
public final class PactDossiers {

  static final LocalDate FIRST_POSSIBLE_DECISION = LocalDate.of(2016, 1, 1);

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
    String email = Texts.email("clusterContactEmail", data.clusterContactEmail());
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
    return "CP-" + Texts.slug("clusterName", clusterName) + "-" + decision.getYear();
  }

  /** A date as a form (yyyy-MM-dd), an ISO date-time text or a REST Date value gives it. */
  public static LocalDate date(String field, Object raw) {
    return Dates.date(field, raw);
  }

  public static String dutch(LocalDate date) {
    return Dates.dutch(date);
  }

  public static Date startOfDay(LocalDate date) {
    return Dates.startOfDay(date);
  }
}
