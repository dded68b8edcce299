package be.clusterpact.budget;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Voorstel van jaarplafond herwerken": a resubmitted proposal is validated again. */
@Component("reviseAnnualMaximumProposal")
class ReviseAnnualMaximumProposal implements TaskListener {

  private final AnnualMaximumProposalVariables proposals;

  ReviseAnnualMaximumProposal(AnnualMaximumProposalVariables proposals) {
    this.proposals = proposals;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean resubmitted = AnnualMaximumProposals.resubmitted(task.getVariable("revisionDecision"));
    task.setVariable("proposalResubmitted", resubmitted);
    if (resubmitted) {
      proposals.apply(task.getExecution());
    }
  }
}
