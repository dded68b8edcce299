package be.clusterpact.access;

import be.clusterpact.process.GroupIds;
import be.clusterpact.process.ClusterpactProcess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The shared Tasklist filters, created at start-up by {@link AccessSetup} and shown to the groups
 * named here. Each filter lists the pact's cluster, business key and first-year deadline.
 */
public final class TasklistFilters {

  public static final String MY_TASKS = "Mijn taken";
  /** The first filter, where Tasklist opens: the work of the user's groups and their own tasks. */
  public static final String MY_GROUPS_TASKS = "Werk van mijn groepen";
  /** The name {@link #MY_GROUPS_TASKS} had before it also listed the user's own tasks and came first. */
  static final String MY_GROUPS_TASKS_BEFORE = "Taken van mijn groepen";
  public static final String MINISTER_APPROVALS = "Goedkeuringen door ministers";
  public static final String DEADLINE_WITHIN_30_DAYS = "Deadline binnen 30 dagen";
  public static final String ALL_TASKS = "Alle taken";

  /**
   * A filter: its Tasklist name, description and place (lower first), its task query, the extra
   * variables it shows besides the common ones, the groups that see it, and the names it had in
   * earlier releases (an existing filter of such a name is brought up to date once).
   */
  public record Filter(String name, String description, int priority, Function<TaskService, TaskQuery> query,
      List<Map<String, String>> extraVariables, List<String> visibleTo, List<String> formerNames) {

    Filter(String name, String description, int priority, Function<TaskService, TaskQuery> query,
        List<Map<String, String>> extraVariables, List<String> visibleTo) {
      this(name, description, priority, query, extraVariables, visibleTo, List.of());
    }

    /** The filter properties Tasklist reads: description, order, refresh and the variables to show. */
    public Map<String, Object> properties() {
      List<Map<String, String>> variables = new ArrayList<>(List.of(
          variable(ClusterpactProcess.CLUSTER_NAME, "Speerpuntcluster"),
          variable(ClusterpactProcess.PACT_BUSINESS_KEY, "Dossier")));
      variables.addAll(extraVariables);
      variables.add(variable(ClusterpactProcess.FIRST_YEAR_DEADLINE_LABEL, "Deadline eerste jaar"));
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("refresh", true);
      properties.put("showUndefinedVariable", false);
      properties.put("variables", variables);
      return properties;
    }
  }

  private TasklistFilters() {}

  public static List<Filter> all() {
    List<String> staff = Roles.staff();
    return List.of(
        new Filter(MY_GROUPS_TASKS,
            "Het werk van de groepen waarvan ik lid ben, ook als een collega het al nam, en mijn eigen taken", 5,
            tasks -> tasks.createTaskQuery().or()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .taskAssigneeExpression("${currentUser()}")
                .endOr(),
            List.of(), staff, List.of(MY_GROUPS_TASKS_BEFORE)),
        new Filter(MY_TASKS, "Taken die aan mij zijn toegewezen", 10,
            tasks -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
            List.of(), staff),
        new Filter(MINISTER_APPROVALS, "Goedkeuringen die wachten op een kabinet van een minister", 30,
            tasks -> tasks.createTaskQuery().taskCandidateGroupLike(Roles.cabinet("%")).includeAssignedTasks(),
            List.of(variable(ClusterpactProcess.CABINET_NAME, "Kabinet")), Roles.cabinets()),
        new Filter(DEADLINE_WITHIN_30_DAYS,
            "Taken waarvan de deadline van het eerste jaar binnen 30 dagen valt of al verstreken is", 40,
            tasks -> tasks.createTaskQuery().dueBeforeExpression("${dateTime().plusDays(30).toDate()}").orderByDueDate().asc(),
            List.of(), staff),
        new Filter(ALL_TASKS, "Alle open taken (beheerders)", 50,
            TaskService::createTaskQuery, List.of(), List.of(GroupIds.ADMINISTRATORS)));
  }

  private static Map<String, String> variable(String name, String label) {
    Map<String, String> variable = new LinkedHashMap<>();
    variable.put("name", name);
    variable.put("label", label);
    return variable;
  }
}
