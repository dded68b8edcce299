package be.clusterpact.budget.process;

import be.clusterpact.budget.AnnualMaximumProposalVariables;
import be.clusterpact.budget.AnnualMaximumProposals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start of "Jaarplafond Hermesfonds vastleggen": validates the proposal; business key HERMES-MAX-&lt;year&gt;. */
@Component("openAnnualMaximumProposal")
public class OpenAnnualMaximumProposal implements ExecutionListener {

  private final AnnualMaximumProposalVariables proposals;

  OpenAnnualMaximumProposal(AnnualMaximumProposalVariables proposals) {
    this.proposals = proposals;
  }

  @Override
  public void notify(DelegateExecution execution) {
    AnnualMaximumProposals.Proposal proposal = proposals.apply(execution);
    execution.setProcessBusinessKey("HERMES-MAX-" + proposal.year());
  }
}
