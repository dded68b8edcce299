package be.clusterpact.expertgroup;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** After "Nationale meldingsplicht bepalen": the table's answer as plain variables for the gateway and form. */
@Component("recordNationalNotificationRule")
class RecordNationalNotificationRule implements ExecutionListener {

  static final String RESULT_VARIABLE = "nationalNotificationDecision";

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateExecution execution) {
    NationalNotifications.Requirement requirement =
        NationalNotifications.fromDecision((Map<String, Object>) execution.getVariable(RESULT_VARIABLE));
    execution.removeVariable(RESULT_VARIABLE);
    execution.setVariable("nationalNotificationRequired", requirement.required());
    execution.setVariable("nationalNotificationAuthority", requirement.authority());
    execution.setVariable("nationalNotificationChannel", requirement.channel());
  }
}
