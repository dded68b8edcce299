package be.clusterpact.notification.process;

import be.clusterpact.notification.TaskMails;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** The people who can work on a task: its candidate groups' members, its candidate users, its assignee. */
final class TaskPeople {

  private TaskPeople() {}

  static List<TaskMails.Person> of(Collection<? extends IdentityLink> links, String assignee, IdentityService identity) {
    Set<String> groups = new LinkedHashSet<>();
    Set<String> userIds = new LinkedHashSet<>();
    for (IdentityLink link : links) {
      if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
        groups.add(link.getGroupId());
      } else if (link.getUserId() != null) {
        userIds.add(link.getUserId());
      }
    }
    if (assignee != null) {
      userIds.add(assignee);
    }
    List<User> users = new ArrayList<>();
    for (String group : groups) {
      users.addAll(identity.createUserQuery().memberOfGroup(group).list());
    }
    for (String userId : userIds) {
      User user = identity.createUserQuery().userId(userId).singleResult();
      if (user != null) {
        users.add(user);
      }
    }
    return users.stream().map(user -> person(user, identity)).toList();
  }

  /** The user as the mails see them, or null when there is no such user (any more). */
  static TaskMails.Person of(String userId, IdentityService identity) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? null : person(user, identity);
  }

  private static TaskMails.Person person(User user, IdentityService identity) {
    return new TaskMails.Person(user.getId(), user.getFirstName(), user.getEmail(),
        identity.getUserInfo(user.getId(), TaskMails.PREFERENCE));
  }
}
