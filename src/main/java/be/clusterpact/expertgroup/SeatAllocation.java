package be.clusterpact.expertgroup;

/**
 * Whether a selected applicant gets a seat: never more members than the call's total, never more of
 * a kind than its quota. The caller holds the call's row lock, so the counts are current.
 */
public final class SeatAllocation {

  private SeatAllocation() {}

  public record Allocation(boolean granted, String reason) {}

  public static Allocation allocate(ExpertGroupCall call, ApplicantKind kind) {
    if (call.status() == ExpertGroupCall.Status.CONFIRMED) {
      return refused("De samenstelling van de expertengroep is al bevestigd; er worden geen zetels meer toegekend.");
    }
    if (call.selectedTotal() >= call.totalSeats()) {
      return refused("Alle " + call.totalSeats() + " zetels van de expertengroep zijn ingenomen.");
    }
    if (call.seats(kind) == 0) {
      return refused("De oproep voorziet geen zetels voor " + kind.plural() + ".");
    }
    if (call.selected(kind) >= call.seats(kind)) {
      ApplicantKind other = kind == ApplicantKind.PUBLIC_BODY ? ApplicantKind.INDIVIDUAL : ApplicantKind.PUBLIC_BODY;
      int otherFree = call.freeSeats(other);
      return refused("Alle " + call.seats(kind) + " zetels voor " + kind.plural() + " zijn ingenomen"
          + (otherFree > 0 ? "; de " + otherFree + " vrije zetels zijn voorbehouden aan " + other.plural() + "." : "."));
    }
    ExpertGroupCall after = call.withSeatTakenBy(kind);
    return new Allocation(true, "Zetel " + after.selected(kind) + " van " + call.seats(kind) + " voor " + kind.plural()
        + " toegekend (" + after.selectedTotal() + " van " + call.totalSeats() + " zetels ingenomen).");
  }

  private static Allocation refused(String reason) {
    return new Allocation(false, reason);
  }
}
