package be.clusterpact.access;

import be.clusterpact.process.GroupIds;
import static be.clusterpact.process.GroupIds.ADMINISTRATORS;
import static be.clusterpact.process.GroupIds.EU_CLUSTER_DESK;
import static be.clusterpact.process.GroupIds.EU_COMMISSION_SECRETARIAT;
import static be.clusterpact.process.GroupIds.HERMES_COMMITTEE;
import static be.clusterpact.process.GroupIds.HERMES_FUND_MANAGER;
import static be.clusterpact.process.GroupIds.PROCESS_OWNERS;
import static be.clusterpact.process.GroupIds.VLAIO_CLUSTER_TEAM;
import be.clusterpact.approval.CabinetCatalogue;
import be.clusterpact.negotiation.AgencyCatalogue;
import be.clusterpact.negotiation.NegotiationGroups;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * The Camunda groups, one per role. The models name them as candidate groups and starters; the
 * authorization table ({@link AccessRules}) grants them their rights.
 */
public final class Roles {

  /** A Camunda group: its ID (used in the models), its Dutch name and Camunda group type. */
  public record Role(String groupId, String name, String type) {}


  private static final String WORKFLOW = Groups.GROUP_TYPE_WORKFLOW;
  private static final String SYSTEM = Groups.GROUP_TYPE_SYSTEM;

  private Roles() {}

  /** {@code agency-<code in lower case>}, e.g. {@code agency-ovam}. */
  public static String agency(String code) {
    return NegotiationGroups.agencyGroup(code);
  }

  /** {@code cabinet-<code>}, e.g. {@code cabinet-foreign-trade}. */
  public static String cabinet(String code) {
    return "cabinet-" + code;
  }

  /** Every role, staff first, then process owners and administrators. */
  public static List<Role> all() {
    List<Role> roles = new ArrayList<>();
    roles.add(new Role(VLAIO_CLUSTER_TEAM, "VLAIO-clusterteam", WORKFLOW));
    roles.add(new Role(HERMES_COMMITTEE, "Hermesbeslissingscomité", WORKFLOW));
    for (String code : AgencyCatalogue.codes()) {
      roles.add(new Role(agency(code), AgencyCatalogue.displayName(code), WORKFLOW));
    }
    for (String code : CabinetCatalogue.codes()) {
      roles.add(new Role(cabinet(code), CabinetCatalogue.displayName(code), WORKFLOW));
    }
    roles.add(new Role(HERMES_FUND_MANAGER, "Beheerder van het Hermesfonds", WORKFLOW));
    roles.add(new Role(EU_CLUSTER_DESK, "EU-clusterdesk", WORKFLOW));
    roles.add(new Role(EU_COMMISSION_SECRETARIAT, "Secretariaat van de expertengroep (Europese Commissie)", WORKFLOW));
    roles.add(new Role(PROCESS_OWNERS, "Proceseigenaars", SYSTEM));
    roles.add(new Role(ADMINISTRATORS, "Beheerders", SYSTEM));
    return roles;
  }

  /** The groups that work in Tasklist: every role but process owners and administrators. */
  public static List<String> staff() {
    return all().stream().map(Role::groupId)
        .filter(id -> !id.equals(PROCESS_OWNERS) && !id.equals(ADMINISTRATORS)).toList();
  }

  public static List<String> agencies() {
    return AgencyCatalogue.codes().stream().map(Roles::agency).toList();
  }

  public static List<String> cabinets() {
    return CabinetCatalogue.codes().stream().map(Roles::cabinet).toList();
  }
}
