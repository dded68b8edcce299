package be.clusterpact.budget.process;

import be.clusterpact.budget.AnnualMaximumProposalVariables;
import be.clusterpact.budget.AnnualMaximumProposals;
import be.clusterpact.process.HermesAnnualMaximumProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Voorstel van jaarplafond herwerken": a resubmitted proposal is validated again. */
@Component("reviseAnnualMaximumProposal")
public class ReviseAnnualMaximumProposal implements TaskListener {

  private final AnnualMaximumProposalVariables proposals;

  ReviseAnnualMaximumProposal(AnnualMaximumProposalVariables proposals) {
    this.proposals = proposals;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean resubmitted = AnnualMaximumProposals.resubmitted(task.getVariable(HermesAnnualMaximumProcess.REVISION_DECISION));
    task.setVariable(HermesAnnualMaximumProcess.PROPOSAL_RESUBMITTED, resubmitted);
    if (resubmitted) {
      proposals.apply(task.getExecution());
    }
  }
}
