package be.clusterpact.expertgroup;

/**
 * Whether a selected applicant gets a seat: never more members than the call's total, never more of
 * a kind than its quota. The caller holds the call's row lock, so the counts are current.
 */
public final class SeatAllocation {

  private SeatAllocation() {}

  /**
   * @param forLackOfSeats refused only because the seats are taken: the applicant joins the waiting list of
   *     their kind, from which the secretariat may fill a seat a member frees
   */
  public record Allocation(boolean granted, String reason, boolean forLackOfSeats) {}

  public static Allocation allocate(ExpertGroupCall call, ApplicantKind kind) {
    if (call.status() == ExpertGroupCall.Status.CONFIRMED) {
      return refused("De samenstelling van de expertengroep is al bevestigd; er worden geen zetels meer toegekend.");
    }
    return seatOfKind(call, kind);
  }

  /**
   * A seat for the first applicant on the waiting list, after a member withdrew: the composition is
   * confirmed by then, the quotas hold all the same.
   */
  public static Allocation refill(ExpertGroupCall call, ApplicantKind kind) {
    return seatOfKind(call, kind);
  }

  private static Allocation seatOfKind(ExpertGroupCall call, ApplicantKind kind) {
    if (call.selectedTotal() >= call.totalSeats()) {
      return lackOfSeats("Alle " + call.totalSeats() + " zetels van de expertengroep zijn ingenomen.");
    }
    if (call.seats(kind) == 0) {
      return refused("De oproep voorziet geen zetels voor " + kind.plural() + ".");
    }
    if (call.selected(kind) >= call.seats(kind)) {
      ApplicantKind other = kind == ApplicantKind.PUBLIC_BODY ? ApplicantKind.INDIVIDUAL : ApplicantKind.PUBLIC_BODY;
      int otherFree = call.freeSeats(other);
      return lackOfSeats("Alle " + call.seats(kind) + " zetels voor " + kind.plural() + " zijn ingenomen"
          + (otherFree > 0 ? "; de " + otherFree + " vrije zetels zijn voorbehouden aan " + other.plural() + "." : "."));
    }
    ExpertGroupCall after = call.withSeatTakenBy(kind);
    return new Allocation(true, "Zetel " + after.selected(kind) + " van " + call.seats(kind) + " voor " + kind.plural()
        + " toegekend (" + after.selectedTotal() + " van " + call.totalSeats() + " zetels ingenomen).", false);
  }

  private static Allocation refused(String reason) {
    return new Allocation(false, reason, false);
  }

  private static Allocation lackOfSeats(String reason) {
    return new Allocation(false, reason, true);
  }
}
