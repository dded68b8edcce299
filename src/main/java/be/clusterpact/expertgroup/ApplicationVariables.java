package be.clusterpact.expertgroup;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The application and its outcome as process variables of {@code Process_EuExpertGroupApplication}. */
final class ApplicationVariables {

  static final String PROCESS = "Process_EuExpertGroupApplication";

  private ApplicationVariables() {}

  static Application read(VariableScope scope) {
    return Applications.open(new Applications.StartData(
        scope.getVariable("callBusinessKey"),
        scope.getVariable("applicantKind"),
        scope.getVariable("applicantName"),
        scope.getVariable("governmentLevel"),
        scope.getVariable("background"),
        scope.getVariable("experienceDescription"),
        scope.getVariable("applicantCountry"),
        scope.getVariable("contactName"),
        scope.getVariable("contactEmail"),
        scope.getVariable("motivation")));
  }

  /** Normalised values back into the variables, those of the other kind cleared. */
  static void write(VariableScope scope, Application application) {
    scope.setVariable("callBusinessKey", application.callKey());
    scope.setVariable("applicantKind", application.kind().name());
    scope.setVariable("applicantKindLabel", application.kind().label());
    scope.setVariable("applicantName", application.name());
    scope.setVariable("applicantDisplayName", application.displayName());
    scope.setVariable("governmentLevel", application.level() == null ? null : application.level().name());
    scope.setVariable("background", application.background() == null ? null : application.background().name());
    scope.setVariable("experienceDescription", application.experience());
    scope.setVariable("applicantCountry", application.country());
    scope.setVariable("contactName", application.contactName());
    scope.setVariable("contactEmail", application.contactEmail());
    scope.setVariable("motivation", application.motivation());
    scope.setVariable("applicationSummary", application.summary());
  }

  /** The outcome the applicant is told: SELECTED or REFUSED, with the reason. */
  static void outcome(VariableScope scope, String outcome, String reason) {
    scope.setVariable("applicationOutcome", outcome);
    scope.setVariable("applicationOutcomeLabel", Outcomes.label(outcome));
    scope.setVariable("outcomeReason", reason);
  }
}
