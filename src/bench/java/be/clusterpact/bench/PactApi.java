package be.clusterpact.bench;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a worker needs from the engine, through the Java API or the REST API. */
interface PactApi {

  record Started(String processInstanceId, String businessKey) {}

  record OpenTask(String id, String taskDefinitionKey) {}

  /** Starts an instance; {@code businessKey} may be null when the process sets its own. */
  Started start(String processKey, String businessKey, Map<String, Object> variables);

  /** Open tasks of the instances (and their called instances) with these business keys. */
  List<OpenTask> openTasks(Collection<String> businessKeys);

  /** Completes a task; a List value is stored as a JSON object variable. */
  void complete(String taskId, Map<String, Object> variables);

  Object taskVariable(String taskId, String name);

  /** The given process instances that still run. */
  Set<String> running(Collection<String> processInstanceIds);

  /** Whether the failure is a concurrent-modification conflict the worker may retry. */
  boolean isConflict(RuntimeException failure);
}
