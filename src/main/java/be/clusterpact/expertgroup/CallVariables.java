package be.clusterpact.expertgroup;

import be.clusterpact.platform.Dates;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A call's dates as variables of {@code Process_EuExpertGroupCall}; the timers read the {@code …At} ones. */
final class CallVariables {

  private CallVariables() {}

  static void applicationDeadline(VariableScope scope, ExpertGroupCall call) {
    scope.setVariable("applicationDeadline", call.applicationDeadline().toString());
    scope.setVariable("applicationDeadlineLabel", Dates.dutch(call.applicationDeadline()));
    scope.setVariable("applicationsCloseAt", Date.from(call.applicationsCloseAt()));
  }

  static void mandateEnd(VariableScope scope, ExpertGroupCall call) {
    scope.setVariable("mandateEndDate", call.mandateEnd().toString());
    scope.setVariable("mandateEndDateLabel", Dates.dutch(call.mandateEnd()));
    scope.setVariable("mandateEndsAt", Date.from(call.mandateEndsAt()));
  }
}
