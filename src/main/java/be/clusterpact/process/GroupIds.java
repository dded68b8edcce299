package be.clusterpact.process;

/**
 * The IDs of the Camunda groups the models, the authorization table and the APIs name; every module
 * uses these, never a literal. Per-agency, per-cabinet and per-cluster groups are made by the rules
 * in {@code negotiation.NegotiationGroups}, {@code access.Roles} and {@code access.ClusterGroups}.
 */
public final class GroupIds {

  /** VLAIO's cluster team: starts pacts, follows them up. */
  public static final String VLAIO_CLUSTER_TEAM = "vlaio-cluster-team";

  /** The Hermes decision committee (Hermesbeslissingscomité). */
  public static final String HERMES_COMMITTEE = "hermes-committee";

  /** The manager of the Hermes fund: proposes annual maxima, follows tranches. */
  public static final String HERMES_FUND_MANAGER = "hermes-fund-manager";

  /** The EU desk of the Flemish cluster administration: receives and screens applications. */
  public static final String EU_CLUSTER_DESK = "eu-cluster-desk";

  /** The European Commission's expert-group secretariat: selects members, seats, mandate. */
  public static final String EU_COMMISSION_SECRETARIAT = "eu-commission-secretariat";

  /** Process owners: deploy models, migrate instances. */
  public static final String PROCESS_OWNERS = "process-owners";

  /** Administrators (Camunda's own administrators group). */
  public static final String ADMINISTRATORS = "camunda-admin";

  /** Monitoring systems that may read the metrics. */
  public static final String METRICS_READERS = "metrics-readers";

  private GroupIds() {}
}
