package be.clusterpact.bench;

import be.clusterpact.process.GroupIds;
import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data Tasklist is measured on, and its queries: open tasks spread over the project's candidate
 * groups, a large history, and a cluster-team member with the authorizations Tasklist needs.
 */
final class TasklistLoad {

  /** The candidate groups of the models; the backlog's tasks are spread over them evenly. */
  static final List<String> GROUPS = List.of(GroupIds.HERMES_COMMITTEE, GroupIds.VLAIO_CLUSTER_TEAM, "agency-fit", "agency-wse",
      "agency-ovam", "agency-vdab", "agency-omg", "agency-ewi", "cabinet-economy", "cabinet-budget", "cabinet-work",
      "cabinet-environment");
  static final String USER = "bench.teamlid";
  static final String PASSWORD = "Meting-Taken-2026!"; // meets the password policy (no user ID or name in it)
  /** The user's groups: the VLAIO cluster team, and FIT as a second hat. */
  static final List<String> USER_GROUPS = List.of(GroupIds.VLAIO_CLUSTER_TEAM, "agency-fit");
  /** Drives the REST lifecycle run: a member of Camunda's administrators group, like a back-office client. */
  static final String DRIVER = "bench.driver";
  static final String FILTER = "Bench: taken van mijn groepen";
  static final int PAGE = 15;
  static final int BATCH = 200;

  record TopUp(int created, double seconds) {}

  private final ProcessEngine engine;
  private final TransactionTemplate transactions;

  TasklistLoad(ProcessEngine engine, TransactionTemplate transactions) {
    this.engine = engine;
    this.transactions = transactions;
  }

  /** The group member, memberships, Tasklist access, read on process definitions and a saved filter. */
  String setUpUser() {
    IdentityService identity = engine.getIdentityService();
    User user = identity.createUserQuery().userId(USER).singleResult();
    if (user == null) {
      user = identity.newUser(USER);
      user.setFirstName("Bench");
      user.setLastName("Teamlid");
    }
    user.setPassword(PASSWORD); // set every run: a database from an older run may hold another password
    identity.saveUser(user);
    for (String groupId : GROUPS) {
      if (identity.createGroupQuery().groupId(groupId).count() == 0) {
        Group group = identity.newGroup(groupId);
        group.setName(groupId);
        group.setType("WORKFLOW");
        identity.saveGroup(group);
      }
    }
    for (String groupId : USER_GROUPS) {
      if (identity.createUserQuery().userId(USER).memberOfGroup(groupId).count() == 0) {
        identity.createMembership(USER, groupId);
      }
      grantGroup(groupId, Resources.PROCESS_DEFINITION, Permissions.READ);
    }
    grantUser(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    Filter filter = engine.getFilterService().createFilterQuery().filterName(FILTER).singleResult();
    if (filter == null) {
      filter = engine.getFilterService().newTaskFilter(FILTER).setOwner(USER)
          .setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
              .orderByTaskCreateTime().desc());
      engine.getFilterService().saveFilter(filter);
    }
    return filter.getId();
  }

  /** The REST driver in group {@code camunda-admin}; answers its password, set anew every run. */
  String setUpDriver() {
    IdentityService identity = engine.getIdentityService();
    User driver = identity.createUserQuery().userId(DRIVER).singleResult();
    if (driver == null) {
      driver = identity.newUser(DRIVER);
      driver.setFirstName("Bench");
      driver.setLastName("Driver");
    }
    String password = "Rest-Meting-" + Long.toString(System.nanoTime(), 36) + "-7";
    driver.setPassword(password);
    identity.saveUser(driver);
    if (identity.createUserQuery().userId(DRIVER).memberOfGroup(CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(DRIVER, CAMUNDA_ADMIN);
    }
    return password;
  }

  private void grantGroup(String groupId, Resource resource, Permissions permission) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    if (authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId("*")
        .hasPermission(permission).count() == 0) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId("*");
      grant.addPermission(permission);
      authorizations.saveAuthorization(grant);
    }
  }

  private void grantUser(Resource resource, String resourceId, Permissions permission) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    if (authorizations.createAuthorizationQuery().userIdIn(USER).resourceType(resource).resourceId(resourceId)
        .hasPermission(permission).count() == 0) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setUserId(USER);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
      grant.addPermission(permission);
      authorizations.saveAuthorization(grant);
    }
  }

  /** Ends start-to-end instances until the history holds {@code target} process instances. */
  TopUp topUpHistory(int target, int workers) throws Exception {
    long missing = target - engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    return startInBatches((int) Math.max(0, missing), workers, BenchModels.HISTORIC, index -> Map.of());
  }

  /** Opens backlog tasks, spread over {@link #GROUPS}, until {@code target} are open. */
  TopUp topUpBacklog(int target, int workers) throws Exception {
    long missing = target - engine.getTaskService().createTaskQuery().processDefinitionKey(BenchModels.BACKLOG).count();
    return startInBatches((int) Math.max(0, missing), workers, BenchModels.BACKLOG,
        index -> Map.of(BenchModels.GROUP_VARIABLE, GROUPS.get(index % GROUPS.size())));
  }

  private interface Variables {
    Map<String, Object> of(int index);
  }

  /** Starts instances through the engine API, {@value #BATCH} per database transaction, from K threads. */
  private TopUp startInBatches(int count, int workers, String processKey, Variables variables) throws Exception {
    long start = System.nanoTime();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        running.add(pool.submit(() -> {
          int first;
          while ((first = next.getAndAdd(BATCH)) < count) {
            int from = first;
            int to = Math.min(count, first + BATCH);
            transactions.executeWithoutResult(status -> {
              for (int i = from; i < to; i++) {
                engine.getRuntimeService().startProcessInstanceByKey(processKey, variables.of(i));
              }
            });
          }
          return null;
        }));
      }
      for (Future<?> worker : running) {
        worker.get();
      }
    } finally {
      pool.shutdown();
    }
    return new TopUp(count, (System.nanoTime() - start) / 1e9);
  }

  /** The requests Tasklist sends for the user, {@code queries} of each kind, one after the other. */
  Map<String, Latencies> measureQueries(RestPactApi rest, String filterId, int queries) {
    Map<String, Object> byGroups = new LinkedHashMap<>();
    byGroups.put("candidateGroups", USER_GROUPS);
    byGroups.put("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));
    Map<String, Object> countByGroups = Map.of("candidateGroups", USER_GROUPS);
    Map<String, Object> filterBody = Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));

    Map<String, Latencies> latencies = new LinkedHashMap<>();
    latencies.put("list", new Latencies());
    latencies.put("count", new Latencies());
    latencies.put("filter", new Latencies());
    for (int round = -Math.min(50, queries); round < queries; round++) { // the negative rounds warm up
      int firstResult = Math.floorMod(round, 10) * PAGE;
      time(round, latencies.get("list"),
          () -> rest.post("/task?firstResult=" + firstResult + "&maxResults=" + PAGE, byGroups));
      time(round, latencies.get("count"), () -> rest.post("/task/count", countByGroups));
      time(round, latencies.get("filter"),
          () -> rest.post("/filter/" + filterId + "/list?firstResult=" + firstResult + "&maxResults=" + PAGE, filterBody));
    }
    return latencies;
  }

  private static void time(int round, Latencies latencies, Runnable query) {
    long begin = System.nanoTime();
    query.run();
    if (round >= 0) {
      latencies.record(System.nanoTime() - begin);
    }
  }
}
