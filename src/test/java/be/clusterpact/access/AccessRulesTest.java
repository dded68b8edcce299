package be.clusterpact.access;

import be.clusterpact.process.GroupIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;

/** The authorization table against the models and the rules of the roles issue. */
class AccessRulesTest {

  static final Map<AccessRules.Key, Set<Permissions>> GRANTS = AccessRules.authorizations();
  static final List<String> GROUPS = Roles.all().stream().map(Roles.Role::groupId).toList();

  @Test
  void everyCandidateGroupInTheModelsIsARoleAndReadsItsProcess() throws IOException {
    Pattern process = Pattern.compile("<bpmn:process id=\"(\\w+)\"");
    Pattern candidates = Pattern.compile("camunda:candidateGroups=\"([^\"]+)\"");
    int found = 0;
    for (Path model : models()) {
      String xml = Files.readString(model);
      Matcher processId = process.matcher(xml);
      assertThat(processId.find()).as(model.toString()).isTrue();
      Matcher m = candidates.matcher(xml);
      while (m.find()) {
        for (String group : groupsOf(m.group(1))) {
          found++;
          assertThat(GROUPS).as(model + " names group " + group).contains(group);
          assertThat(permissions(group, Resources.PROCESS_DEFINITION, processId.group(1)))
              .as(group + " reads " + processId.group(1)).contains(READ);
        }
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(Roles.agencies().size() + Roles.cabinets().size() + 2);
  }

  @Test
  void everyCandidateStarterGroupMayStartItsProcess() throws IOException {
    Pattern starters = Pattern.compile("<bpmn:process id=\"(\\w+)\"[^>]*camunda:candidateStarterGroups=\"([^\"]+)\"");
    int found = 0;
    for (Path model : models()) {
      Matcher m = starters.matcher(Files.readString(model));
      while (m.find()) {
        for (String group : m.group(2).split(",")) {
          found++;
          assertThat(permissions(group.trim(), Resources.PROCESS_DEFINITION, m.group(1))).contains(READ, CREATE_INSTANCE);
          assertThat(permissions(group.trim(), Resources.PROCESS_INSTANCE, Authorization.ANY)).contains(CREATE);
        }
      }
    }
    assertThat(found).isPositive();
  }

  @Test
  void onlyTheClusterTeamStartsPactsAndTheFundManagerAndEuDeskTheirProcesses() {
    assertThat(startersOf(AccessRules.CLUSTERPACT)).containsExactlyInAnyOrder(GroupIds.VLAIO_CLUSTER_TEAM, GroupIds.ADMINISTRATORS);
    assertThat(startersOf(AccessRules.HERMES_ANNUAL_MAXIMUM)).containsExactlyInAnyOrder(GroupIds.HERMES_FUND_MANAGER, GroupIds.ADMINISTRATORS);
    assertThat(startersOf(AccessRules.EU_EXPERT_GROUP_CALL)).containsExactlyInAnyOrder(GroupIds.EU_CLUSTER_DESK, GroupIds.ADMINISTRATORS);
    assertThat(startersOf(AccessRules.EU_EXPERT_GROUP_APPLICATION)).containsExactlyInAnyOrder(GroupIds.EU_CLUSTER_DESK, GroupIds.ADMINISTRATORS);
    // The Commission's secretariat decides on applications and the composition but starts nothing.
    assertThat(permissions(GroupIds.EU_COMMISSION_SECRETARIAT, Resources.PROCESS_DEFINITION, AccessRules.EU_EXPERT_GROUP_APPLICATION))
        .containsExactly(READ);
    assertThat(permissions(GroupIds.EU_COMMISSION_SECRETARIAT, Resources.PROCESS_INSTANCE, Authorization.ANY)).isEmpty();
    // The tranche release is started by the engine from the pact, never by a user.
    assertThat(startersOf(AccessRules.HERMES_TRANCHE_RELEASE)).containsExactly(GroupIds.ADMINISTRATORS);
    assertThat(permissions(Roles.cabinet("economy"), Resources.PROCESS_DEFINITION, AccessRules.HERMES_ANNUAL_MAXIMUM))
        .containsExactly(READ);
  }

  @Test
  void staffWorkInTasklistOnlyProcessOwnersAlsoInCockpitAdministratorsEverywhere() {
    for (String group : Roles.staff()) {
      assertThat(applications(group)).as(group).containsExactly(AccessRules.TASKLIST);
    }
    assertThat(applications(GroupIds.PROCESS_OWNERS)).containsExactlyInAnyOrder(AccessRules.TASKLIST, AccessRules.COCKPIT);
    assertThat(permissions(GroupIds.ADMINISTRATORS, Resources.APPLICATION, Authorization.ANY)).containsExactly(ALL);
    for (Resources resource : Resources.values()) {
      assertThat(permissions(GroupIds.ADMINISTRATORS, resource, Authorization.ANY)).as(resource.resourceName()).containsExactly(ALL);
    }
    assertThat(Roles.staff()).doesNotContain(GroupIds.PROCESS_OWNERS, GroupIds.ADMINISTRATORS)
        .contains(GroupIds.VLAIO_CLUSTER_TEAM, GroupIds.HERMES_COMMITTEE, GroupIds.HERMES_FUND_MANAGER, GroupIds.EU_CLUSTER_DESK);
  }

  @Test
  void onlyProcessOwnersAndAdministratorsDeployOrReadAllDefinitions() {
    assertThat(groupsWith(Resources.DEPLOYMENT)).containsExactlyInAnyOrder(GroupIds.PROCESS_OWNERS, GroupIds.ADMINISTRATORS);
    assertThat(permissions(GroupIds.PROCESS_OWNERS, Resources.DEPLOYMENT, Authorization.ANY)).containsExactlyInAnyOrder(CREATE, READ);
    assertThat(GRANTS.keySet().stream().filter(key -> key.resource() == Resources.PROCESS_DEFINITION
        && key.resourceId().equals(Authorization.ANY)).map(AccessRules.Key::groupId))
        .containsExactlyInAnyOrder(GroupIds.PROCESS_OWNERS, GroupIds.ADMINISTRATORS);
    assertThat(groupsWith(Resources.TASK)).containsExactly(GroupIds.ADMINISTRATORS);
  }

  @Test
  void groupsAreOnePerRoleWithTheAgreedIds() {
    assertThat(GROUPS).doesNotHaveDuplicates().contains(GroupIds.VLAIO_CLUSTER_TEAM, GroupIds.HERMES_COMMITTEE, "agency-fit", "agency-wse",
        "agency-vdab", "agency-ovam", "agency-omg", "agency-ewi", "agency-veka", "agency-mow", "agency-lv", "agency-mdk",
        "cabinet-economy", "cabinet-budget", "cabinet-work", "cabinet-foreign-trade", "cabinet-environment",
        "cabinet-mobility", "cabinet-agriculture", "cabinet-education",
        GroupIds.HERMES_FUND_MANAGER, GroupIds.EU_CLUSTER_DESK, GroupIds.EU_COMMISSION_SECRETARIAT, GroupIds.PROCESS_OWNERS, GroupIds.ADMINISTRATORS).hasSize(25);
    assertThat(GROUPS).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }

  private static Set<Permissions> permissions(String group, Resources resource, String resourceId) {
    return GRANTS.getOrDefault(new AccessRules.Key(group, resource, resourceId), Set.of());
  }

  private static List<String> startersOf(String processKey) {
    return GROUPS.stream().filter(group -> permissions(group, Resources.PROCESS_DEFINITION, processKey).contains(CREATE_INSTANCE)
        || permissions(group, Resources.PROCESS_DEFINITION, Authorization.ANY).contains(ALL)).toList();
  }

  private static List<String> applications(String group) {
    return GRANTS.entrySet().stream().filter(e -> e.getKey().groupId().equals(group)
            && e.getKey().resource() == Resources.APPLICATION && e.getValue().contains(ACCESS))
        .map(e -> e.getKey().resourceId()).toList();
  }

  private static List<String> groupsWith(Resources resource) {
    return GRANTS.keySet().stream().filter(key -> key.resource() == resource).map(AccessRules.Key::groupId).distinct().toList();
  }

  /** Literal groups as they are; {@code agency-${...}} and {@code cabinet-${...}} stand for every agency or cabinet. */
  private static List<String> groupsOf(String attribute) {
    if (attribute.equals("${negotiationGroups.agency(agencyCode)}")) {
      return Roles.agencies();
    }
    if (attribute.equals("${clusterGroup}")) {
      return List.of(); // one group per cluster, created with its pact: ClusterGroups, tested in the scenarios
    }
    if (attribute.startsWith("cabinet-${")) {
      return Roles.cabinets();
    }
    List<String> groups = new ArrayList<>();
    Arrays.stream(attribute.split(",")).map(String::trim).forEach(groups::add);
    return groups;
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
