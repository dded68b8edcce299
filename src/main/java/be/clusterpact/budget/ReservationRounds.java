package be.clusterpact.budget;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A pact may be reserved, released (rejected by a minister) and reserved again: each round books
 * under its own step name. The round number is a process variable written in the same transaction
 * as the booking, so a retried job computes the same step and finds its entries.
 */
public final class ReservationRounds {

  public static final String VARIABLE = "reservationRound";

  private ReservationRounds() {}

  public static int current(VariableScope scope) {
    Object round = scope.getVariable(VARIABLE);
    return round instanceof Number number ? number.intValue() : 0;
  }

  public static String reservationStep(int round) {
    return "reservation-" + round;
  }

  public static String releaseStep(int round) {
    return "reservation-" + round + "-released";
  }
}
