package be.clusterpact.notification.process;

import be.clusterpact.kernel.Dates;
import be.clusterpact.notification.DigestQueue;
import be.clusterpact.notification.MailOutbox;
import be.clusterpact.notification.TaskMails;
import be.clusterpact.process.ClusterpactProcess;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
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
 * People on {@code digest} get no e-mail now: the task is queued for their daily digest ({@link DigestQueue},
 * in the same transaction). The nine-month follow-up task ({@link ClusterpactProcess#TASK_FOLLOW_UP_NINE_MONTH_REMINDER})
 * is mailed as the nine-month alert ({@link TaskMails#nineMonths}) with what is still open in the pact.
 */
public class MailTheTaskWorkers implements TaskListener {

  private final MailOutbox outbox;
  private final DigestQueue digests;
  private final String tasklistBaseUrl;

  public MailTheTaskWorkers(MailOutbox outbox, DigestQueue digests, String tasklistBaseUrl) {
    this.outbox = outbox;
    this.digests = digests;
    this.tasklistBaseUrl = tasklistBaseUrl;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getProcessInstanceId() == null) {
      return;
    }
    try {
      CommandContext commandContext = Context.getCommandContext();
      List<TaskMails.Mail> mails = commandContext.runWithoutAuthorization(() -> {
        List<TaskMails.Person> people = people(task, task.getProcessEngineServices().getIdentityService());
        if (ClusterpactProcess.TASK_FOLLOW_UP_NINE_MONTH_REMINDER.equals(task.getTaskDefinitionKey())) {
          return TaskMails.nineMonths(describe(task), people, tasklistBaseUrl, Dates.today(), stillOpen(task));
        }
        digests.add(task.getId(), TaskMails.digestUserIds(people), Dates.now());
        return TaskMails.compose(describe(task), people, tasklistBaseUrl);
      });
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

  /** The other open tasks of the task's process instance: name, the groups that have it, due date. */
  private static List<String> stillOpen(DelegateTask task) {
    TaskService tasks = task.getProcessEngineServices().getTaskService();
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    List<String> lines = new ArrayList<>();
    for (Task open : tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).orderByTaskCreateTime().asc()
        .list()) {
      if (open.getId().equals(task.getId())) {
        continue;
      }
      List<String> groupIds = tasks.getIdentityLinksForTask(open.getId()).stream()
          .filter(link -> link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType()))
          .map(IdentityLink::getGroupId).toList();
      List<String> groups = groupIds.isEmpty() ? List.of() : identity.createGroupQuery()
          .groupIdIn(groupIds.toArray(String[]::new)).orderByGroupName().asc().list().stream()
          .map(group -> group.getName() == null ? group.getId() : group.getName()).toList();
      lines.add(open.getName() + (groups.isEmpty() ? "" : " (" + String.join(", ", groups) + ")")
          + (open.getDueDate() == null ? "" : ", uiterste datum " + Dates.dutch(Dates.inBrussels(open.getDueDate().toInstant()))));
    }
    return lines;
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
