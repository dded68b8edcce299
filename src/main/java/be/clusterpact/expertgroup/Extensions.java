package be.clusterpact.expertgroup;

import be.clusterpact.process.EuExpertGroupCallProcess;
import be.clusterpact.kernel.Dates;
import be.clusterpact.kernel.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Moving a call's dates: the EU desk extends the deadline for applications, the Commission's secretariat
 * the end of the mandate ("zunächst" until 31 December 2020). Only to a later date, and only before the
 * current date has passed; the timer in the model then follows the new date.
 */
public final class Extensions {

  private Extensions() {}

  /** The new deadline: later than the current one, before the mandate ends, asked for while the call is open. */
  public static LocalDate applicationDeadline(ExpertGroupCall call, Object raw, Instant now) {
    String field = EuExpertGroupCallProcess.NEW_APPLICATION_DEADLINE;
    if (call.status() != ExpertGroupCall.Status.OPEN || !now.isBefore(call.applicationsCloseAt())) {
      throw new InvalidInputException(field, "de deadline voor kandidaturen (" + Dates.dutch(call.applicationDeadline())
          + ") is al verstreken; verlengen kan alleen ervoor");
    }
    LocalDate deadline = Dates.date(field, raw);
    if (!deadline.isAfter(call.applicationDeadline())) {
      throw new InvalidInputException(field, "de nieuwe deadline " + Dates.dutch(deadline) + " ligt niet na de huidige ("
          + Dates.dutch(call.applicationDeadline()) + ")");
    }
    if (!deadline.isBefore(call.mandateEnd())) {
      throw new InvalidInputException(field, "de nieuwe deadline " + Dates.dutch(deadline)
          + " ligt niet voor het einde van het mandaat (" + Dates.dutch(call.mandateEnd()) + ")");
    }
    return deadline;
  }

  /** The new end of the mandate: later than the current one, asked for before the mandate has ended. */
  public static LocalDate mandateEnd(ExpertGroupCall call, Object raw, Instant now) {
    String field = EuExpertGroupCallProcess.NEW_MANDATE_END_DATE;
    if (!now.isBefore(call.mandateEndsAt())) {
      throw new InvalidInputException(field, "het mandaat is al afgelopen (" + Dates.dutch(call.mandateEnd())
          + "); verlengen kan alleen ervoor");
    }
    LocalDate end = Dates.date(field, raw);
    if (!end.isAfter(call.mandateEnd())) {
      throw new InvalidInputException(field, "de nieuwe einddatum " + Dates.dutch(end) + " ligt niet na de huidige ("
          + Dates.dutch(call.mandateEnd()) + ")");
    }
    return end;
  }
}
