package be.clusterpact.bench;

import java.util.Map;
import java.util.function.Function;

/** The engine floor: {@link BenchModels#MINIMAL} (start, one user task, end). */
final class MinimalScenario implements Scenario {

  private final String run;

  MinimalScenario(String run) {
    this.run = run;
  }

  @Override
  public String processKey() {
    return BenchModels.MINIMAL;
  }

  @Override
  public String businessKey(int index) {
    return "bench-minimal-" + run + "-" + index;
  }

  @Override
  public Map<String, Object> startVariables(int index) {
    return Map.of(BenchModels.GROUP_VARIABLE, "bench-floor");
  }

  @Override
  public Map<String, Object> taskVariables(String taskDefinitionKey, Function<String, Object> taskVariable) {
    return Map.of("benchResult", "klaar");
  }
}
