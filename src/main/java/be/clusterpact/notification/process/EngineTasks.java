package be.clusterpact.notification.process;

import be.clusterpact.kernel.Dates;
import be.clusterpact.notification.TaskMails;
import be.clusterpact.process.ClusterpactProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** A stored task as the mails describe it: name, process, pact (business key, cluster), due date. */
final class EngineTasks {

  private EngineTasks() {}

  static TaskMails.Task describe(ProcessEngine engine, Task task) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    Object cluster = engine.getRuntimeService().getVariable(task.getExecutionId(), ClusterpactProcess.CLUSTER_NAME);
    return new TaskMails.Task(task.getId(), task.getName(),
        engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getName(),
        instance == null ? null : instance.getBusinessKey(), cluster instanceof String name ? name : null,
        task.getDueDate() == null ? null : Dates.inBrussels(task.getDueDate().toInstant()));
  }
}
