package be.clusterpact.document;

import be.clusterpact.process.GroupIds;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Who may read a pact's document: the administrators, the Hermes decision committee and the Hermes
 * fund manager always; everyone else only for a pact they worked on — they completed or were assigned
 * one of its tasks, or one of their groups was a candidate group of one of its tasks. Read from the
 * engine's history, so it holds also after the task is done (the engine's own grant on the process
 * instance ends with the task).
 */
@Component
public class PactReaders {

  /** Read every pact's document. */
  public static final List<String> ALWAYS = List.of(GroupIds.ADMINISTRATORS, GroupIds.HERMES_COMMITTEE,
      GroupIds.HERMES_FUND_MANAGER);

  private final HistoryService history;
  private final IdentityService identity;

  public PactReaders(HistoryService history, IdentityService identity) {
    this.history = history;
    this.identity = identity;
  }

  public boolean mayRead(String processInstanceId, String userId, Collection<String> groupIds) {
    if (groupIds.stream().anyMatch(ALWAYS::contains)) {
      return true;
    }
    if (userId == null) {
      return false;
    }
    // The history of tasks is read as the application, not as the user: a finished task is no longer
    // visible to its former assignee, and that is exactly whom this asks about.
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return workedOn(processInstanceId, userId, Set.copyOf(groupIds));
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private boolean workedOn(String processInstanceId, String userId, Set<String> groupIds) {
    List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list();
    Set<String> taskIds = new HashSet<>();
    for (HistoricTaskInstance task : tasks) {
      if (userId.equals(task.getAssignee())) {
        return true;
      }
      taskIds.add(task.getId());
    }
    for (String taskId : taskIds) {
      for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(taskId).list()) {
        boolean candidate = IdentityLinkType.CANDIDATE.equals(link.getType());
        if ((link.getGroupId() != null && candidate && groupIds.contains(link.getGroupId()))
            || userId.equals(link.getUserId())) {
          return true;
        }
      }
    }
    return false;
  }
}
