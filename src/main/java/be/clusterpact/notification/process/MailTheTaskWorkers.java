package be.clusterpact.notification.process;

import be.clusterpact.kernel.Dates;
import be.clusterpact.notification.MailOutbox;
import be.clusterpact.notification.TaskMails;
import be.clusterpact.process.ClusterpactProcess;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * When a user task is created, the members of its candidate groups, its candidate users and its
 * assignee get an e-mail ({@link TaskMails}) — handed to the {@link MailOutbox} only once the
 * transaction has committed, so work that rolls back mails nobody, and a mail server that is down
 * never slows or fails the process; nor does a task the e-mails cannot be written for (logged and counted).
 */
public class MailTheTaskWorkers implements TaskListener {

  private final MailOutbox outbox;
  private final String tasklistBaseUrl;

  public MailTheTaskWorkers(MailOutbox outbox, String tasklistBaseUrl) {
    this.outbox = outbox;
    this.tasklistBaseUrl = tasklistBaseUrl;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getProcessInstanceId() == null) {
      return;
    }
    try {
      CommandContext commandContext = Context.getCommandContext();
      List<TaskMails.Mail> mails = commandContext.runWithoutAuthorization(() -> TaskMails.compose(
          describe(task), people(task, task.getProcessEngineServices().getIdentityService()), tasklistBaseUrl));
      if (!mails.isEmpty()) {
        commandContext.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
            committed -> outbox.send(mails));
      }
    } catch (RuntimeException e) {
      // an e-mail is never a reason to refuse the work: the task is created, the miss logged and counted
      outbox.notComposed(task.getId(), e);
    }
  }

  private static TaskMails.Task describe(DelegateTask task) {
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    Object cluster = task.getVariable(ClusterpactProcess.CLUSTER_NAME);
    return new TaskMails.Task(task.getId(), task.getName(), execution.getProcessDefinition().getName(),
        execution.getProcessBusinessKey(), cluster instanceof String name ? name : null,
        task.getDueDate() == null ? null : Dates.inBrussels(task.getDueDate().toInstant()));
  }

  private static List<TaskMails.Person> people(DelegateTask task, IdentityService identity) {
    return TaskPeople.of(task.getCandidates(), task.getAssignee(), identity);
  }

  /** Attaches the listener to every user task of every model (create). */
  public static final class OnEveryUserTask extends AbstractBpmnParseListener {

    private final MailTheTaskWorkers listener;

    public OnEveryUserTask(MailTheTaskWorkers listener) {
      this.listener = listener;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
          .addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
    }
  }
}
