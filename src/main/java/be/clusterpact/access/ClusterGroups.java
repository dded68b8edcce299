package be.clusterpact.access;

import be.clusterpact.process.ClusterpactProcess;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import be.clusterpact.kernel.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Tasklist group per cluster organisation, {@code cluster-<slug of the cluster>} (e.g. {@code
 * cluster-flanders-food}), created when its pact starts: the cluster records its own commitments in
 * Tasklist and, like every group, sees only the tasks of its own pact.
 */
public final class ClusterGroups {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterGroups.class);
  /** The shared Tasklist filters a cluster organisation sees. */
  static final List<String> FILTERS = List.of(TasklistFilters.MY_TASKS, TasklistFilters.MY_GROUPS_TASKS,
      TasklistFilters.DEADLINE_WITHIN_30_DAYS);

  private ClusterGroups() {}

  public static String groupId(String clusterName) {
    return "cluster-" + Texts.slug(ClusterpactProcess.CLUSTER_NAME, clusterName).toLowerCase(Locale.ROOT);
  }

  /**
   * Creates the cluster's group with access to Tasklist, the clusterpact's definition and the shared
   * filters, unless it exists; returns its ID. The caller decides under whose authorization it runs.
   */
  public static String ensure(ProcessEngineServices engine, String clusterName) {
    String groupId = groupId(clusterName);
    var identity = engine.getIdentityService();
    if (identity.isReadOnly()) {
      return groupId; // LDAP: the group is managed there (docs/roles-and-identity.md)
    }
    if (identity.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identity.newGroup(groupId);
      group.setName("Clusterorganisatie " + clusterName);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identity.saveGroup(group);
      LOG.info("Created group {} for the cluster organisation of {}", groupId, clusterName);
    }
    var authorizations = engine.getAuthorizationService();
    Grants.ensure(authorizations, groupId, Resources.APPLICATION, AccessRules.TASKLIST, Set.of(ACCESS));
    Grants.ensure(authorizations, groupId, Resources.PROCESS_DEFINITION, AccessRules.CLUSTERPACT, Set.of(READ));
    for (String name : FILTERS) {
      engine.getFilterService().createTaskFilterQuery().filterName(name).list().stream()
          .filter(filter -> filter.getOwner() == null).map(Filter::getId).findFirst()
          .ifPresent(id -> Grants.ensure(authorizations, groupId, Resources.FILTER, id, Set.of(READ)));
    }
    return groupId;
  }
}
