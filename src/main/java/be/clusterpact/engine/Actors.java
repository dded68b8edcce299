package be.clusterpact.engine;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Who a service step acts for: the user who completed the task before it. */
public final class Actors {

  static final String UNKNOWN = "onbekend";

  private Actors() {}

  public static String of(VariableScope scope) {
    Object user = scope.getVariable(RecordCompletingUser.VARIABLE);
    return user instanceof String name && !name.isBlank() ? name : UNKNOWN;
  }
}
