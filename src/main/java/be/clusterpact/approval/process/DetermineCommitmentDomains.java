package be.clusterpact.approval.process;

import be.clusterpact.approval.ApprovalRound;
import be.clusterpact.approval.CommitmentDomains;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.budget.EarmarkPlan;
import be.clusterpact.negotiation.AgencyAgreementVariables;
import be.clusterpact.kernel.JsonVariables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task "Beleidsdomeinen met engagementen in het clusterpact bepalen": {@code commitmentDomains}
 * (the domains whose minister is asked, one evaluation of the approving-ministers table each) and
 * {@code domainCommitments} (why, per domain); a new approval round starts empty.
 */
@Component("determineCommitmentDomains")
public class DetermineCommitmentDomains implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, List<String>> domains = CommitmentDomains.of(new CommitmentDomains.Pact(
        (Map<?, ?>) execution.getVariable(ClusterpactProcess.AGENCY_POLICY_DOMAINS), AgencyAgreementVariables.read(execution),
        Boolean.TRUE.equals(execution.getVariable(ClusterpactProcess.FIT_COMMITMENT)),
        ((Number) execution.getVariable(ClusterpactProcess.FIT_BUDGET_CENTS)).longValue(),
        ((Number) execution.getVariable(ClusterpactProcess.WSE_BUDGET_CENTS)).longValue(),
        JsonVariables.stringList(ClusterpactProcess.POLICY_DOMAINS, execution.getVariable(ClusterpactProcess.POLICY_DOMAINS)),
        EarmarkPlan.fromVariable(execution.getVariable(ClusterpactProcess.EARMARK_PLAN))));
    execution.setVariable(ClusterpactProcess.COMMITMENT_DOMAINS, JsonVariables.json(List.copyOf(domains.keySet())));
    execution.setVariable(ClusterpactProcess.DOMAIN_COMMITMENTS, JsonVariables.json(domains));
    execution.setVariable(ApprovalRound.CABINETS, JsonVariables.json(List.of()));
    execution.setVariable(ApprovalRound.REASONS, JsonVariables.json(Map.of()));
  }
}
