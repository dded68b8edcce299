package be.clusterpact.tranche.process;

import be.clusterpact.process.HermesAnnualMaximumProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Message end event "Jaarplafond vastgelegd" of the annual maximum: every yearly tranche follow-up
 * that waits for this year's maximum, or waits for the end of this budget year, checks the maximum
 * (again). Runs in the transaction that set the maximum, which still holds the year's lock.
 */
@Component("announceAnnualMaximum")
public class AnnounceAnnualMaximum implements JavaDelegate {

  /** The message a follow-up of budget year {@code year} waits for (name {@code AnnualMaximumSet-${trancheYear}}). */
  static String messageName(int year) {
    return "AnnualMaximumSet-" + year;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = ((Number) execution.getVariable(HermesAnnualMaximumProcess.BUDGET_YEAR)).intValue();
    execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(messageName(year)).correlateAll();
  }
}
