package be.clusterpact.tranche;

import be.clusterpact.process.HermesAnnualMaximumProcess;
import be.clusterpact.process.HermesTrancheReleaseProcess;
import be.clusterpact.budget.LedgerStep;
import be.clusterpact.engine.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Ledger steps of the tranche follow-up: one booking per process instance, year and step. */
public final class TrancheSteps {

  private TrancheSteps() {}

  public static LedgerStep step(DelegateExecution execution, String name) {
    return new LedgerStep(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), name, Actors.of(execution));
  }

  public static int year(DelegateExecution execution) {
    return ((Number) execution.getVariable(HermesTrancheReleaseProcess.TRANCHE_YEAR)).intValue();
  }

  /** How often the maximum was checked so far (0 before the first check). */
  public static int checkRound(DelegateExecution execution) {
    Object round = execution.getVariable(HermesAnnualMaximumProcess.MAXIMUM_CHECK_ROUND);
    return round == null ? 0 : ((Number) round).intValue();
  }
}
