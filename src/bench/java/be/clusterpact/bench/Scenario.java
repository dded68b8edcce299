package be.clusterpact.bench;

import java.util.Map;
import java.util.function.Function;

/** One kind of instance the workers drive: how to start the i-th and what to enter in each task. */
interface Scenario {

  String processKey();

  /** Null when the process sets its own business key. */
  String businessKey(int index);

  Map<String, Object> startVariables(int index);

  /**
   * Valid input for the task.
   *
   * @param taskVariable reads a variable of the task's instance (for fields the form pre-fills)
   */
  Map<String, Object> taskVariables(String taskDefinitionKey, Function<String, Object> taskVariable);
}
