package be.clusterpact.expertgroup;

import be.clusterpact.kernel.Dates;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One call for an expert group as the EU desk runs it: its quotas and dates (from the call's data)
 * and the seats taken so far.
 */
public record ExpertGroupCall(String key, String title, int totalSeats, int publicBodySeats, int individualSeats,
    LocalDate applicationDeadline, LocalDate mandateEnd, Status status, int publicBodiesSelected, int individualsSelected) {

  /** OPEN until the deadline timer closes applications; CONFIRMED once the desk confirms the composition. */
  public enum Status { OPEN, CLOSED, CONFIRMED }

  /** Applications are accepted during the whole deadline day (Brussels time). */
  public Instant applicationsCloseAt() {
    return Dates.startOfDay(applicationDeadline.plusDays(1)).toInstant();
  }

  /** The mandate runs up to and including its end date. */
  public Instant mandateEndsAt() {
    return Dates.startOfDay(mandateEnd.plusDays(1)).toInstant();
  }

  public boolean acceptsApplicationsAt(Instant moment) {
    return status == Status.OPEN && moment.isBefore(applicationsCloseAt());
  }

  public int seats(ApplicantKind kind) {
    return kind == ApplicantKind.PUBLIC_BODY ? publicBodySeats : individualSeats;
  }

  public int selected(ApplicantKind kind) {
    return kind == ApplicantKind.PUBLIC_BODY ? publicBodiesSelected : individualsSelected;
  }

  public int selectedTotal() {
    return publicBodiesSelected + individualsSelected;
  }

  /** Free seats for a kind: its own quota, and never more than the seats left in total. */
  public int freeSeats(ApplicantKind kind) {
    return Math.max(0, Math.min(seats(kind) - selected(kind), totalSeats - selectedTotal()));
  }

  public ExpertGroupCall withSeatTakenBy(ApplicantKind kind) {
    return new ExpertGroupCall(key, title, totalSeats, publicBodySeats, individualSeats, applicationDeadline, mandateEnd,
        status, publicBodiesSelected + (kind == ApplicantKind.PUBLIC_BODY ? 1 : 0),
        individualsSelected + (kind == ApplicantKind.INDIVIDUAL ? 1 : 0));
  }

  /** The seat a withdrawing member of this kind held is free again. */
  public ExpertGroupCall withSeatFreedBy(ApplicantKind kind) {
    return new ExpertGroupCall(key, title, totalSeats, publicBodySeats, individualSeats, applicationDeadline, mandateEnd,
        status, publicBodiesSelected - (kind == ApplicantKind.PUBLIC_BODY ? 1 : 0),
        individualsSelected - (kind == ApplicantKind.INDIVIDUAL ? 1 : 0));
  }

  public ExpertGroupCall withApplicationDeadline(LocalDate deadline) {
    return new ExpertGroupCall(key, title, totalSeats, publicBodySeats, individualSeats, deadline, mandateEnd,
        status, publicBodiesSelected, individualsSelected);
  }

  public ExpertGroupCall withMandateEnd(LocalDate end) {
    return new ExpertGroupCall(key, title, totalSeats, publicBodySeats, individualSeats, applicationDeadline, end,
        status, publicBodiesSelected, individualsSelected);
  }

  /** For the desk's forms, e.g. "Openbare instanties: 27 van 28 zetels ingenomen. …". */
  public String seatSituation() {
    return "Openbare instanties: " + publicBodiesSelected + " van " + publicBodySeats + " zetels ingenomen. "
        + "Individuele experten: " + individualsSelected + " van " + individualSeats + " zetels ingenomen. "
        + "Totaal: " + selectedTotal() + " van " + totalSeats + " zetels ingenomen.";
  }
}
