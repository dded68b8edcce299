package be.clusterpact.notification;

import be.clusterpact.process.GroupIds;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/** Who should have been mailed about a pact's tasks, read from the engine's identity links and users. */
record ExpectedMails(ProcessEngine engine) {

  /** Per open task of the pact: its candidate groups' members with an address and e-mails per task. */
  Map<String, Set<String>> forOpenTasks(ProcessInstance pact) {
    Map<String, Set<String>> expected = new TreeMap<>();
    for (Task task : openTasks(pact)) {
      Set<String> addresses = new TreeSet<>();
      for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
        if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
          addresses.addAll(addressesOf(link.getGroupId()));
        }
      }
      if (!addresses.isEmpty()) {
        expected.put(task.getId(), addresses);
      }
    }
    return expected;
  }

  /** {@link #forOpenTasks}, plus the committee's completed selection task. */
  Map<String, Set<String>> forOpenTasksAndTheCompletedSelection(ProcessInstance pact) {
    Map<String, Set<String>> expected = forOpenTasks(pact);
    engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pact.getId()).finished().list()
        .forEach(done -> expected.put(done.getId(), addressesOf(GroupIds.HERMES_COMMITTEE)));
    return expected;
  }

  static int count(Map<String, Set<String>> mails) {
    return mails.values().stream().mapToInt(Set::size).sum();
  }

  /** The group's members with an address who get an e-mail per task (not on digest or off). */
  Set<String> addressesOf(String groupId) {
    return addressesOf(groupId, Set.of(MailPreference.PER_TASK));
  }

  /** The group's members with an address whose preference is one of {@code preferences}. */
  Set<String> addressesOf(String groupId, Set<MailPreference> preferences) {
    IdentityService identity = engine.getIdentityService();
    Set<String> addresses = new TreeSet<>();
    for (User member : identity.createUserQuery().memberOfGroup(groupId).list()) {
      MailPreference preference = MailPreference.stored(identity.getUserInfo(member.getId(), TaskMails.PREFERENCE));
      if (member.getEmail() != null && !member.getEmail().isBlank() && preferences.contains(preference)) {
        addresses.add(member.getEmail());
      }
    }
    return addresses;
  }

  List<Task> openTasks(ProcessInstance pact) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pact.getId()).list();
  }
}
