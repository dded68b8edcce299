package be.clusterpact.dossier;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.process.HermesTrancheReleaseProcess;

/** Which completed tasks are decisions the trail names as such. Engine-free. */
final class StepKinds {

  private StepKinds() {}

  static StepKind ofCompletedTask(String taskDefinitionKey) {
    return switch (taskDefinitionKey == null ? "" : taskDefinitionKey) {
      case ClusterpactProcess.TASK_APPROVE_AS_MINISTER -> StepKind.MINISTER_DECISION;
      case ClusterpactProcess.TASK_DECIDE_ON_DEADLINE_EXTENSION -> StepKind.DEADLINE_DECISION;
      case HermesTrancheReleaseProcess.TASK_DECIDE_ON_LOWERED_MAXIMUM -> StepKind.MAXIMUM_DECISION;
      default -> StepKind.TASK_COMPLETED;
    };
  }
}
