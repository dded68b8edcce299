package be.clusterpact.demo;

import be.clusterpact.process.GroupIds;
import static be.clusterpact.process.GroupIds.EU_CLUSTER_DESK;
import static be.clusterpact.process.GroupIds.EU_COMMISSION_SECRETARIAT;
import static be.clusterpact.process.GroupIds.HERMES_COMMITTEE;
import static be.clusterpact.process.GroupIds.HERMES_FUND_MANAGER;
import static be.clusterpact.process.GroupIds.PROCESS_OWNERS;
import static be.clusterpact.process.GroupIds.VLAIO_CLUSTER_TEAM;
import static be.clusterpact.access.Roles.agency;
import static be.clusterpact.access.Roles.cabinet;

import be.clusterpact.access.ClusterGroups;

import java.util.List;

/**
 * One demo user per role and per demo cluster organisation, all with password {@value #PASSWORD} (the administrator is the demo
 * profile's {@code admin} / {@code admin}). Demo profile only: never on a real installation.
 */
public final class DemoUsers {

  public static final String PASSWORD = "demo";

  public record DemoUser(String id, String firstName, String lastName, String groupId) {

    public String email() {
      return id + "@clusterpact.example";
    }
  }

  private static final List<DemoUser> USERS = List.of(
      //       user ID            first name  last name                 group
      new DemoUser("cluster.demo",   "Clara",  "Clusterteam VLAIO",        VLAIO_CLUSTER_TEAM),
      new DemoUser("comite.demo",    "Koen",   "Hermescomité",             HERMES_COMMITTEE),
      new DemoUser("fit.demo",       "Fien",   "FIT",                      agency("FIT")),
      new DemoUser("wse.demo",       "Wout",   "WSE",                      agency("WSE")),
      new DemoUser("vdab.demo",      "Vera",   "VDAB",                     agency("VDAB")),
      new DemoUser("ovam.demo",      "Olivier", "OVAM",                    agency("OVAM")),
      new DemoUser("omg.demo",       "Orla",   "Omgeving",                 agency("OMG")),
      new DemoUser("ewi.demo",       "Emma",   "EWI",                      agency("EWI")),
      new DemoUser("veka.demo",      "Victor", "VEKA",                     agency("VEKA")),
      new DemoUser("mow.demo",       "Mats",   "MOW",                      agency("MOW")),
      new DemoUser("lv.demo",        "Lotte",  "Landbouw en Visserij",     agency("LV")),
      new DemoUser("mdk.demo",       "Mila",   "MDK",                      agency("MDK")),
      new DemoUser("economie.demo",  "Eva",    "Kabinet Economie",         cabinet("economy")),
      new DemoUser("begroting.demo", "Bart",   "Kabinet Begroting",        cabinet("budget")),
      new DemoUser("werk.demo",      "Wim",    "Kabinet Werk",             cabinet("work")),
      new DemoUser("handel.demo",    "Hanne",  "Kabinet Buitenlandse Handel", cabinet("foreign-trade")),
      new DemoUser("omgeving.demo",  "Oscar",  "Kabinet Omgeving",         cabinet("environment")),
      new DemoUser("mobiliteit.demo", "Marie", "Kabinet Mobiliteit",       cabinet("mobility")),
      new DemoUser("landbouw.demo",  "Lars",   "Kabinet Landbouw",         cabinet("agriculture")),
      new DemoUser("onderwijs.demo", "Ona",    "Kabinet Onderwijs",        cabinet("education")),
      new DemoUser("flandersfood.demo", "Nele", "Flanders' FOOD",          ClusterGroups.groupId("Flanders' FOOD")),
      new DemoUser("catalisti.demo", "Jan",    "Catalisti",                ClusterGroups.groupId("Catalisti")),
      new DemoUser("bluecluster.demo", "Sofie", "The Blue Cluster",        ClusterGroups.groupId("The Blue Cluster")),
      new DemoUser("flux50.demo",    "Pieter", "Flux50",                   ClusterGroups.groupId("Flux50")),
      new DemoUser("sim.demo",       "Liesbeth", "SIM",                    ClusterGroups.groupId("SIM")),
      new DemoUser("fonds.demo",     "Frank",  "Hermesfonds",              HERMES_FUND_MANAGER),
      new DemoUser("eu.demo",        "Elise",  "EU-clusterdesk",           EU_CLUSTER_DESK),
      new DemoUser("commissie.demo", "Camille", "Secretariaat EU-expertengroep", EU_COMMISSION_SECRETARIAT),
      new DemoUser("eigenaar.demo",  "Pieter", "Proceseigenaar",           PROCESS_OWNERS));

  private DemoUsers() {}

  public static List<DemoUser> all() {
    return USERS;
  }

  public static DemoUser ofGroup(String groupId) {
    return USERS.stream().filter(user -> user.groupId().equals(groupId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No demo user in group " + groupId));
  }
}
