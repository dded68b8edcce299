package be.clusterpact.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;

/** The engine's Java API, as an embedded client (no authenticated user: no authorization checks). */
final class JavaPactApi implements PactApi {

  private final ProcessEngine engine;

  JavaPactApi(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public Started start(String processKey, String businessKey, Map<String, Object> variables) {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, typed(variables));
    return new Started(instance.getId(), instance.getBusinessKey());
  }

  @Override
  public List<OpenTask> openTasks(Collection<String> businessKeys) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new))
        .list().stream().map(task -> new OpenTask(task.getId(), task.getTaskDefinitionKey())).toList();
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    engine.getTaskService().complete(taskId, typed(variables));
  }

  @Override
  public Object taskVariable(String taskId, String name) {
    return engine.getTaskService().getVariable(taskId, name);
  }

  @Override
  public Set<String> running(Collection<String> processInstanceIds) {
    Set<String> running = new HashSet<>();
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(new HashSet<>(processInstanceIds)).list()
        .forEach(instance -> running.add(instance.getId()));
    return running;
  }

  @Override
  public boolean isConflict(RuntimeException failure) {
    return failure instanceof OptimisticLockingException;
  }

  private static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new HashMap<>();
    variables.forEach((name, value) -> typed.put(name, value instanceof List<?> list
        ? Variables.objectValue(list).serializationDataFormat(Variables.SerializationDataFormats.JSON).create() : value));
    return typed;
  }
}
