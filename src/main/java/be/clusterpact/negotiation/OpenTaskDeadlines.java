package be.clusterpact.negotiation;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;

/**
 * The pact's user tasks are due at the first-year deadline ({@code camunda:dueDate}); when the
 * deadline moves, the open tasks that were due at the old one move with it, so Tasklist's due
 * dates and the filter "Deadline binnen 30 dagen" follow the extension.
 */
public final class OpenTaskDeadlines {

  private OpenTaskDeadlines() {}

  public static void move(DelegateTask decision, Date from, Date to) {
    TaskService tasks = decision.getProcessEngineServices().getTaskService();
    // The deciding committee member may not read the other groups' tasks; the engine moves them.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (Task open : tasks.createTaskQuery().processInstanceId(decision.getProcessInstanceId()).dueDate(from).list()) {
        if (!open.getId().equals(decision.getId())) {
          open.setDueDate(to);
          tasks.saveTask(open);
        }
      }
      return null;
    });
  }
}
