package be.clusterpact.expertgroup;

import be.clusterpact.process.EuExpertGroupApplicationProcess;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The application and its outcome as process variables of {@code Process_EuExpertGroupApplication}. */
public final class ApplicationVariables {

  public static final String PROCESS = EuExpertGroupApplicationProcess.KEY;

  private ApplicationVariables() {}

  public static Application read(VariableScope scope) {
    return Applications.open(new Applications.StartData(
        scope.getVariable(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY),
        scope.getVariable(EuExpertGroupApplicationProcess.APPLICANT_KIND),
        scope.getVariable(EuExpertGroupApplicationProcess.APPLICANT_NAME),
        scope.getVariable(EuExpertGroupApplicationProcess.GOVERNMENT_LEVEL),
        scope.getVariable(EuExpertGroupApplicationProcess.BACKGROUND),
        scope.getVariable(EuExpertGroupApplicationProcess.EXPERIENCE_DESCRIPTION),
        scope.getVariable(EuExpertGroupApplicationProcess.APPLICANT_COUNTRY),
        scope.getVariable(EuExpertGroupApplicationProcess.CONTACT_NAME),
        scope.getVariable(EuExpertGroupApplicationProcess.CONTACT_EMAIL),
        scope.getVariable(EuExpertGroupApplicationProcess.MOTIVATION)));
  }

  /** Normalised values back into the variables, those of the other kind cleared. */
  public static void write(VariableScope scope, Application application) {
    scope.setVariable(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY, application.callKey());
    scope.setVariable(EuExpertGroupApplicationProcess.APPLICANT_KIND, application.kind().name());
    scope.setVariable("applicantKindLabel", application.kind().label());
    scope.setVariable(EuExpertGroupApplicationProcess.APPLICANT_NAME, application.name());
    scope.setVariable(EuExpertGroupApplicationProcess.APPLICANT_DISPLAY_NAME, application.displayName());
    scope.setVariable(EuExpertGroupApplicationProcess.GOVERNMENT_LEVEL, application.level() == null ? null : application.level().name());
    scope.setVariable(EuExpertGroupApplicationProcess.BACKGROUND, application.background() == null ? null : application.background().name());
    scope.setVariable(EuExpertGroupApplicationProcess.EXPERIENCE_DESCRIPTION, application.experience());
    scope.setVariable(EuExpertGroupApplicationProcess.APPLICANT_COUNTRY, application.country());
    scope.setVariable(EuExpertGroupApplicationProcess.CONTACT_NAME, application.contactName());
    scope.setVariable(EuExpertGroupApplicationProcess.CONTACT_EMAIL, application.contactEmail());
    scope.setVariable(EuExpertGroupApplicationProcess.MOTIVATION, application.motivation());
    scope.setVariable(EuExpertGroupApplicationProcess.APPLICATION_SUMMARY, application.summary());
  }

  /** The outcome the applicant is told: SELECTED or REFUSED, with the reason. */
  public static void outcome(VariableScope scope, String outcome, String reason) {
    scope.setVariable(EuExpertGroupApplicationProcess.APPLICATION_OUTCOME, outcome);
    scope.setVariable(EuExpertGroupApplicationProcess.APPLICATION_OUTCOME_LABEL, Outcomes.label(outcome));
    scope.setVariable(EuExpertGroupApplicationProcess.OUTCOME_REASON, reason);
  }
}
