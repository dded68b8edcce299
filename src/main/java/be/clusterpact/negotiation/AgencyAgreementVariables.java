package be.clusterpact.negotiation;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.JsonVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the pact's agency agreements ({@code agencyAgreement_<CODE>}), in the committee's order of agencies. */
public final class AgencyAgreementVariables {

  private AgencyAgreementVariables() {}

  public static List<Map<String, Object>> read(VariableScope pact) {
    List<Map<String, Object>> agreements = new ArrayList<>();
    for (String agency : JsonVariables.stringList(ClusterpactProcess.ADDITIONAL_AGENCIES, pact.getVariable(ClusterpactProcess.ADDITIONAL_AGENCIES))) {
      @SuppressWarnings("unchecked")
      Map<String, Object> agreement = (Map<String, Object>) pact.getVariable(AgencyAgreements.variableName(agency));
      agreements.add(agreement);
    }
    return agreements;
  }
}
