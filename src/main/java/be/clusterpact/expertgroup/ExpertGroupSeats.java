package be.clusterpact.expertgroup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every change to a call's seats, each under the call's row lock in the caller's (the engine's) transaction:
 * taking a seat, freeing it when a member withdraws, filling it from the waiting list. Changes for one call
 * therefore happen one after the other, each seeing the counts the previous one left, so the quotas stay exact.
 */
@Component
public class ExpertGroupSeats {

  private final ExpertGroupCallRepository calls;

  ExpertGroupSeats(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  /** The outcome of a seat change and the call's seats after it. */
  public record Change(SeatAllocation.Allocation allocation, ExpertGroupCall call) {}

  /** A seat filled from the waiting list: who took it, and the seats after it. */
  public record Refill(Member member, SeatAllocation.Allocation allocation, ExpertGroupCall call) {}

  /**
   * A selected applicant takes a seat of their kind, or is refused; refused for lack of seats, they join the
   * waiting list of their kind. Empty when the application already holds a seat (the step ran before).
   */
  public Optional<Change> take(String callKey, Member applicant) {
    ExpertGroupCall call = calls.lock(callKey);
    if (calls.holdsSeat(callKey, applicant.applicationId())) {
      return Optional.empty();
    }
    SeatAllocation.Allocation allocation = SeatAllocation.allocate(call, applicant.kind());
    if (allocation.granted()) {
      calls.addMember(callKey, applicant);
      call = call.withSeatTakenBy(applicant.kind());
    } else if (allocation.forLackOfSeats()) {
      calls.addToWaitingList(callKey, applicant);
    }
    return Optional.of(new Change(allocation, call));
  }

  /** A member withdraws: the seat of their kind is free again. Empty when the application holds no seat. */
  public Optional<ExpertGroupCall> free(String callKey, String applicationId, ApplicantKind kind, Instant withdrawnAt, String note) {
    ExpertGroupCall call = calls.lock(callKey);
    if (!calls.withdrawMember(callKey, applicationId, kind, withdrawnAt, note)) {
      return Optional.empty();
    }
    return Optional.of(call.withSeatFreedBy(kind));
  }

  /**
   * The applicant of this kind refused first takes a free seat of their kind and leaves the waiting list.
   * Empty when nobody of the kind waits or no seat of the kind is free.
   */
  public Optional<Refill> refill(String callKey, ApplicantKind kind, Instant at) {
    ExpertGroupCall call = calls.lock(callKey);
    List<Member> waiting = calls.waitingList(callKey, kind);
    SeatAllocation.Allocation allocation = SeatAllocation.refill(call, kind);
    if (waiting.isEmpty() || !allocation.granted()) {
      return Optional.empty();
    }
    Member first = waiting.get(0);
    Member seated = new Member(first.applicationId(), kind, first.name(), first.country(), at);
    calls.addMember(callKey, seated);
    calls.removeFromWaitingList(callKey, first.applicationId());
    return Optional.of(new Refill(seated, allocation, call.withSeatTakenBy(kind)));
  }
}
