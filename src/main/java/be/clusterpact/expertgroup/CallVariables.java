package be.clusterpact.expertgroup;

import be.clusterpact.process.EuExpertGroupCallProcess;
import be.clusterpact.kernel.Dates;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A call's dates as variables of {@code Process_EuExpertGroupCall}; the timers read the {@code …At} ones. */
public final class CallVariables {

  private CallVariables() {}

  public static void applicationDeadline(VariableScope scope, ExpertGroupCall call) {
    scope.setVariable(EuExpertGroupCallProcess.APPLICATION_DEADLINE, call.applicationDeadline().toString());
    scope.setVariable(EuExpertGroupCallProcess.APPLICATION_DEADLINE_LABEL, Dates.typed(call.applicationDeadline()));
    scope.setVariable(EuExpertGroupCallProcess.APPLICATIONS_CLOSE_AT, Date.from(call.applicationsCloseAt()));
  }

  public static void mandateEnd(VariableScope scope, ExpertGroupCall call) {
    scope.setVariable(EuExpertGroupCallProcess.MANDATE_END_DATE, call.mandateEnd().toString());
    scope.setVariable(EuExpertGroupCallProcess.MANDATE_END_DATE_LABEL, Dates.typed(call.mandateEnd()));
    scope.setVariable(EuExpertGroupCallProcess.MANDATE_ENDS_AT, Date.from(call.mandateEndsAt()));
  }
}
