package be.clusterpact.negotiation;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.Choices;
import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.kernel.Texts;
import java.time.LocalDate;
import java.util.Optional;

/** The Hermes decision committee's decision when the first year has passed without approved pact. */
public final class DeadlineDecisions {

  public static final String EXTEND = "EXTEND";
  public static final String STOP = "STOP";

  private DeadlineDecisions() {}

  /** @return the new deadline when extending, empty when stopping */
  public static Optional<LocalDate> decide(Object decision, Object extendedDeadline, Object motivation,
      LocalDate currentDeadline, LocalDate today) {
    Texts.required(ClusterpactProcess.DEADLINE_DECISION_MOTIVATION, motivation, 4000);
    String choice = Choices.oneOf(ClusterpactProcess.DEADLINE_DECISION, decision,
        new Choices.Option(EXTEND, "verlengen"), new Choices.Option(STOP, "stopzetten"));
    if (STOP.equals(choice)) {
      return Optional.empty();
    }
    LocalDate deadline = PactDossiers.date(ClusterpactProcess.EXTENDED_DEADLINE, extendedDeadline);
    if (!deadline.isAfter(today) || !deadline.isAfter(currentDeadline)) {
      throw new InvalidInputException(ClusterpactProcess.EXTENDED_DEADLINE,
          "de nieuwe deadline moet na vandaag en na de huidige deadline (" + PactDossiers.dutch(currentDeadline) + ") liggen");
    }
    if (deadline.isAfter(currentDeadline.plusYears(1))) {
      throw new InvalidInputException(ClusterpactProcess.EXTENDED_DEADLINE, "een verlenging duurt hoogstens een jaar");
    }
    return Optional.of(deadline);
  }
}
