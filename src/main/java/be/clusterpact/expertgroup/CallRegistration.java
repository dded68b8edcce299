package be.clusterpact.expertgroup;

import be.clusterpact.process.EuExpertGroupCallProcess;
import be.clusterpact.kernel.Dates;
import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.kernel.Texts;
import be.clusterpact.kernel.WholeNumbers;
import java.time.LocalDate;

/** Registers a call from its start form: quotas and dates as the call states them, checked. */
public final class CallRegistration {

  static final int MAXIMUM_SEATS = 1000;
  static final int MAXIMUM_SLUG = 80;

  private CallRegistration() {}

  /** What the start form (or a REST client) gives. */
  public record StartData(Object callTitle, Object applicationDeadline, Object mandateEndDate, Object totalSeats,
      Object publicBodySeats, Object individualSeats, Object groupTasks, Object callSource) {}

  public record Registration(ExpertGroupCall call, String groupTasks, String callSource) {}

  public static Registration register(StartData data, LocalDate today) {
    String title = Texts.required(EuExpertGroupCallProcess.CALL_TITLE, data.callTitle(), 200);
    LocalDate deadline = Dates.date(EuExpertGroupCallProcess.APPLICATION_DEADLINE, data.applicationDeadline());
    if (deadline.isBefore(today)) {
      throw new InvalidInputException(EuExpertGroupCallProcess.APPLICATION_DEADLINE, "de deadline voor kandidaturen ligt in het verleden");
    }
    LocalDate mandateEnd = Dates.date(EuExpertGroupCallProcess.MANDATE_END_DATE, data.mandateEndDate());
    if (!mandateEnd.isAfter(deadline)) {
      throw new InvalidInputException(EuExpertGroupCallProcess.MANDATE_END_DATE, "het mandaat moet na de deadline voor kandidaturen ("
          + Dates.dutch(deadline) + ") aflopen");
    }
    int total = seats(EuExpertGroupCallProcess.TOTAL_SEATS, data.totalSeats(), 1);
    int publicBodies = seats(EuExpertGroupCallProcess.PUBLIC_BODY_SEATS, data.publicBodySeats(), 0);
    int individuals = seats(EuExpertGroupCallProcess.INDIVIDUAL_SEATS, data.individualSeats(), 0);
    if (publicBodies > total) {
      throw new InvalidInputException(EuExpertGroupCallProcess.PUBLIC_BODY_SEATS, "meer zetels voor openbare instanties (" + publicBodies
          + ") dan leden in totaal (" + total + ")");
    }
    if (individuals > total) {
      throw new InvalidInputException(EuExpertGroupCallProcess.INDIVIDUAL_SEATS, "meer zetels voor individuele experten (" + individuals
          + ") dan leden in totaal (" + total + ")");
    }
    if (publicBodies + individuals < total) {
      throw new InvalidInputException(EuExpertGroupCallProcess.TOTAL_SEATS, "de zetels per soort (" + publicBodies + " + " + individuals
          + ") volstaan niet voor " + total + " leden");
    }
    ExpertGroupCall call = new ExpertGroupCall(businessKey(title, deadline), title, total, publicBodies, individuals,
        deadline, mandateEnd, ExpertGroupCall.Status.OPEN, 0, 0);
    return new Registration(call, Texts.required(EuExpertGroupCallProcess.GROUP_TASKS, data.groupTasks(), 4000),
        Texts.optional(EuExpertGroupCallProcess.CALL_SOURCE, data.callSource(), 400));
  }

  /** {@code EUCALL-<TITLE>-<year of the deadline>}, e.g. {@code EUCALL-EU-CLUSTEREXPERTENGROEP-2019}. */
  public static String businessKey(String title, LocalDate deadline) {
    String slug = Texts.slug(EuExpertGroupCallProcess.CALL_TITLE, title);
    if (slug.length() > MAXIMUM_SLUG) {
      slug = slug.substring(0, MAXIMUM_SLUG).replaceAll("-$", "");
    }
    return "EUCALL-" + slug + "-" + deadline.getYear();
  }

  /** A whole number of seats as a form number field, a REST number or a text gives it. */
  static int seats(String field, Object raw, int minimum) {
    Long seats = WholeNumbers.optional(field, raw, "een geheel aantal zetels");
    if (seats == null) {
      throw new InvalidInputException(field, "aantal zetels is verplicht");
    }
    if (seats < minimum || seats > MAXIMUM_SEATS) {
      throw new InvalidInputException(field, "aantal zetels " + seats + " ligt niet tussen " + minimum + " en " + MAXIMUM_SEATS);
    }
    return seats.intValue();
  }
}
