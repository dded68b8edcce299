package be.clusterpact.negotiation;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.Dates;
import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.kernel.Texts;
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
    String name = Texts.required(ClusterpactProcess.CLUSTER_NAME, data.clusterName(), 100);
    String organisation = Texts.required(ClusterpactProcess.CLUSTER_ORGANISATION, data.clusterOrganisation(), 200);
    String contact = Texts.required(ClusterpactProcess.CLUSTER_CONTACT_NAME, data.clusterContactName(), 200);
    String email = Texts.email(ClusterpactProcess.CLUSTER_CONTACT_EMAIL, data.clusterContactEmail());
    String strategy = Texts.required(ClusterpactProcess.LONG_TERM_STRATEGY, data.longTermStrategy(), 4000);
    LocalDate decision = date(ClusterpactProcess.SUPPORT_DECISION_DATE, data.supportDecisionDate());
    if (decision.isAfter(today)) {
      throw new InvalidInputException(ClusterpactProcess.SUPPORT_DECISION_DATE, "de steunbeslissing kan niet in de toekomst liggen");
    }
    if (decision.isBefore(FIRST_POSSIBLE_DECISION)) {
      throw new InvalidInputException(ClusterpactProcess.SUPPORT_DECISION_DATE, "ligt voor het begin van het speerpuntclusterbeleid (2016)");
    }
    return new Dossier(businessKey(name, decision), name, organisation, contact, email, decision, strategy,
        decision.plusMonths(9), decision.plusMonths(12));
  }

  /** {@code CP-<CLUSTER>-<year of the support decision>}, e.g. {@code CP-FLANDERS-FOOD-2026}. */
  public static String businessKey(String clusterName, LocalDate decision) {
    return "CP-" + Texts.slug(ClusterpactProcess.CLUSTER_NAME, clusterName) + "-" + decision.getYear();
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
