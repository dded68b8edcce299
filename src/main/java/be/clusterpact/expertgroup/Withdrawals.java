package be.clusterpact.expertgroup;

import be.clusterpact.process.EuExpertGroupCallProcess;
import be.clusterpact.kernel.Choices;
import be.clusterpact.kernel.Dates;
import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.kernel.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * During the mandate the Commission's secretariat records, on the member's behalf, that a member withdraws
 * (the member tells the Commission by letter or e-mail); the seat of their kind is then free and the
 * secretariat may give it to the first applicant of that kind refused for lack of seats.
 */
public final class Withdrawals {

  /** What the secretariat does in "Mandaat van de expertengroep opvolgen". */
  public enum MandateAction { EXTEND_MANDATE, RECORD_WITHDRAWAL }

  /** What the secretariat does with a freed seat while applicants of its kind wait. */
  public enum FreedSeatDecision { FILL, LEAVE_FREE }

  public record Withdrawal(Member member, LocalDate withdrawnOn, String note) {}

  private Withdrawals() {}

  public static MandateAction action(Object raw) {
    return Choices.of(EuExpertGroupCallProcess.MANDATE_ACTION, raw, MandateAction.class,
        "is verplicht: mandaat verlengen (EXTEND_MANDATE) of terugtrekking van een lid registreren (RECORD_WITHDRAWAL)");
  }

  public static FreedSeatDecision freedSeat(Object raw) {
    return Choices.of(EuExpertGroupCallProcess.FREED_SEAT_DECISION, raw, FreedSeatDecision.class,
        "is verplicht: zetel toekennen (FILL) of vrij laten (LEAVE_FREE)");
  }

  /** The member named in the form (the name as the member list shows it), the date the withdrawal took effect, a note. */
  public static Withdrawal withdrawal(List<Member> members, Object name, Object withdrawnOn, Object note, LocalDate today) {
    String wanted = Texts.required(EuExpertGroupCallProcess.WITHDRAWING_MEMBER_NAME, name, 200).toLowerCase(Locale.ROOT);
    List<Member> named = members.stream().filter(member -> member.name().toLowerCase(Locale.ROOT).equals(wanted)).toList();
    if (named.isEmpty()) {
      throw new InvalidInputException(EuExpertGroupCallProcess.WITHDRAWING_MEMBER_NAME, "geen lid van de expertengroep heet '" + name + "'");
    }
    if (named.size() > 1) {
      throw new InvalidInputException(EuExpertGroupCallProcess.WITHDRAWING_MEMBER_NAME, named.size() + " leden heten '" + name
          + "'; neem contact op met de beheerder");
    }
    return new Withdrawal(named.get(0), Dates.notInTheFuture(EuExpertGroupCallProcess.WITHDRAWN_ON, withdrawnOn, today),
        Texts.optional(EuExpertGroupCallProcess.WITHDRAWAL_NOTE, note, 2000));
  }

  /** The reason the refilled applicant is told. */
  public static String refillReason(String withdrawnMember, ApplicantKind kind, SeatAllocation.Allocation allocation) {
    return "Er kwam een zetel vrij door de terugtrekking van " + withdrawnMember + "; u stond als eerste "
        + kind.label() + " op de wachtlijst. " + allocation.reason();
  }
}
