package be.clusterpact.access;

import be.clusterpact.process.GroupIds;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.process.EuExpertGroupCallProcess;
import be.clusterpact.process.HermesAnnualMaximumProcess;
import be.clusterpact.process.HermesTrancheReleaseProcess;
import static be.clusterpact.process.GroupIds.ADMINISTRATORS;
import static be.clusterpact.process.GroupIds.EU_CLUSTER_DESK;
import static be.clusterpact.process.GroupIds.EU_COMMISSION_SECRETARIAT;
import static be.clusterpact.process.GroupIds.HERMES_COMMITTEE;
import static be.clusterpact.process.GroupIds.HERMES_FUND_MANAGER;
import static be.clusterpact.process.GroupIds.PROCESS_OWNERS;
import static be.clusterpact.process.GroupIds.VLAIO_CLUSTER_TEAM;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.MIGRATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import be.clusterpact.approval.CabinetCatalogue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Who may do what, as one table of grants applied at start-up by {@link AccessSetup}.
 *
 * <p>Tasks are not in the table: the engine grants a task's candidate groups, candidate users and
 * assignee READ and TASK_WORK (not UPDATE: see {@link AccessSetup}) on that task when it is created or assigned, and {@link
 * TaskWorkersReadTheirProcessInstance} adds READ on the task's process instance (so Tasklist can
 * show the pact's variables in the task list). Resource IDs of process definitions are process keys:
 * a grant on a process that is not deployed yet simply waits for it.
 */
public final class AccessRules {

  public static final String CLUSTERPACT = ClusterpactProcess.KEY;
  public static final String HERMES_ANNUAL_MAXIMUM = HermesAnnualMaximumProcess.KEY;
  public static final String HERMES_TRANCHE_RELEASE = HermesTrancheReleaseProcess.KEY;
  public static final String EU_EXPERT_GROUP_CALL = EuExpertGroupCallProcess.KEY;
  public static final String EU_EXPERT_GROUP_APPLICATION = EuExpertGroupApplicationProcess.KEY;

  /** The Camunda webapps (resource IDs of {@link Resources#APPLICATION}). */
  public static final String TASKLIST = "tasklist";
  public static final String COCKPIT = "cockpit";
  public static final String ADMIN = "admin";

  /** One row: these groups get these permissions on one resource. */
  public record Grant(List<String> groups, Resource resource, String resourceId, Set<Permissions> permissions) {}

  /** One authorization: a group's permissions on one resource (rows on the same resource merged). */
  public record Key(String groupId, Resource resource, String resourceId) {}

  private AccessRules() {}

  public static List<Grant> table() {
    List<String> staff = Roles.staff();
    List<String> starters = List.of(VLAIO_CLUSTER_TEAM, HERMES_FUND_MANAGER, EU_CLUSTER_DESK);
    String economyCabinet = Roles.cabinet(CabinetCatalogue.ECONOMY);
    List<Grant> table = new ArrayList<>(List.of(
        //    who                                        resource            resource ID                  permissions
        // Webapps: staff work in Tasklist; process owners also follow their models in Cockpit.
        grant(staff,                                     APPLICATION,        TASKLIST,                    ACCESS),
        grant(of(PROCESS_OWNERS),                        APPLICATION,        TASKLIST,                    ACCESS),
        grant(of(PROCESS_OWNERS),                        APPLICATION,        COCKPIT,                     ACCESS),

        // Starting processes (Tasklist "Start process"): the definition and a new process instance.
        grant(of(VLAIO_CLUSTER_TEAM),                    PROCESS_DEFINITION, CLUSTERPACT,                 READ, CREATE_INSTANCE),
        grant(of(HERMES_FUND_MANAGER),                   PROCESS_DEFINITION, HERMES_ANNUAL_MAXIMUM,       READ, CREATE_INSTANCE),
        grant(of(EU_CLUSTER_DESK),                       PROCESS_DEFINITION, EU_EXPERT_GROUP_CALL,        READ, CREATE_INSTANCE),
        grant(of(EU_CLUSTER_DESK),                       PROCESS_DEFINITION, EU_EXPERT_GROUP_APPLICATION, READ, CREATE_INSTANCE),
        grant(starters,                                  PROCESS_INSTANCE,   ANY,                         CREATE),

        // Reading the definitions of the processes a group has tasks in (name and diagram in Tasklist).
        grant(of(HERMES_COMMITTEE),                      PROCESS_DEFINITION, CLUSTERPACT,                 READ),
        grant(Roles.agencies(),                          PROCESS_DEFINITION, CLUSTERPACT,                 READ),
        grant(Roles.cabinets(),                          PROCESS_DEFINITION, CLUSTERPACT,                 READ),
        grant(of(economyCabinet),                        PROCESS_DEFINITION, HERMES_ANNUAL_MAXIMUM,       READ),
        grant(of(VLAIO_CLUSTER_TEAM, HERMES_COMMITTEE),  PROCESS_DEFINITION, HERMES_TRANCHE_RELEASE,      READ),
        grant(of(EU_COMMISSION_SECRETARIAT),             PROCESS_DEFINITION, EU_EXPERT_GROUP_CALL,        READ),
        grant(of(EU_COMMISSION_SECRETARIAT),             PROCESS_DEFINITION, EU_EXPERT_GROUP_APPLICATION, READ),

        // Process owners deploy models (Camunda Modeler, REST) and follow them in Cockpit, read only.
        grant(of(PROCESS_OWNERS),                        DEPLOYMENT,         ANY,                         CREATE, READ),
        grant(of(PROCESS_OWNERS),                        PROCESS_DEFINITION, ANY,                         READ, READ_INSTANCE, READ_HISTORY),
        grant(of(PROCESS_OWNERS),                        PROCESS_INSTANCE,   ANY,                         READ),
        grant(of(PROCESS_OWNERS),                        DECISION_DEFINITION, ANY,                        READ, READ_HISTORY),
        grant(of(PROCESS_OWNERS),                        DECISION_REQUIREMENTS_DEFINITION, ANY,           READ),
        // ... and migrate running instances to a new version (POST /api/operations/migrations, a batch).
        grant(of(PROCESS_OWNERS),                        PROCESS_DEFINITION, ANY,                         MIGRATE_INSTANCE),
        grant(of(PROCESS_OWNERS),                        BATCH,              ANY,                         CREATE, READ)));

    // Administrators: everything, on every kind of resource (Tasklist, Cockpit, Admin included).
    for (Resources resource : Resources.values()) {
      table.add(grant(of(ADMINISTRATORS), resource, ANY, ALL));
    }
    return table;
  }

  /** The table as authorizations: one per group and resource, the permissions of its rows together. */
  public static Map<Key, Set<Permissions>> authorizations() {
    Map<Key, Set<Permissions>> merged = new LinkedHashMap<>();
    for (Grant grant : table()) {
      for (String group : grant.groups()) {
        merged.computeIfAbsent(new Key(group, grant.resource(), grant.resourceId()), k -> EnumSet.noneOf(Permissions.class))
            .addAll(grant.permissions());
      }
    }
    return merged;
  }

  private static Grant grant(List<String> groups, Resource resource, String resourceId, Permissions... permissions) {
    return new Grant(List.copyOf(groups), resource, resourceId, EnumSet.copyOf(Arrays.asList(permissions)));
  }

  private static List<String> of(String... groups) {
    return List.of(groups);
  }
}
