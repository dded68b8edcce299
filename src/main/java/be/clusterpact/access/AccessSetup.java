package be.clusterpact.access;

import be.clusterpact.access.process.StaffStopReadingAfterTheirWork;
import be.clusterpact.web.EngineBasicAuthenticationFilter;
import java.util.ArrayList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies the roles at every start, idempotently: creates the missing groups, the missing grants of
 * {@link AccessRules} (or the missing permissions of an existing grant) and the missing Tasklist
 * filters of {@link TasklistFilters} with their READ grants. Nothing is removed, so what
 * administrators add in Camunda Admin stays; a restart with nothing missing changes nothing. Grants
 * the engine made before this release are narrowed once ({@link WorkerGrants}).
 */
@Component
class AccessSetup extends AbstractCamundaConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);

  private final StaffActForThemselves staffActForThemselves = new StaffActForThemselves();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new TaskWorkersReadTheirProcessInstance());
    // Task workers claim, complete and unclaim (TASK_WORK); UPDATE would let them write variables
    // past the form, edit the task and hand it to anyone.
    configuration.setDefaultUserPermissionForTask(Permissions.TASK_WORK);
    staffActForThemselves.registerWith(configuration);
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new StaffStopReadingAfterTheirWork.OnEveryUserTask());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    createMissingGroups(engine.getIdentityService());
    Map<Grants.Outcome, Integer> outcomes = new EnumMap<>(Grants.Outcome.class);
    AuthorizationService authorizations = engine.getAuthorizationService();
    AccessRules.authorizations().forEach((key, permissions) -> outcomes.merge(
        Grants.ensure(authorizations, key.groupId(), key.resource(), key.resourceId(), permissions), 1, Integer::sum));
    for (TasklistFilters.Filter definition : TasklistFilters.all()) {
      String filterId = createFilterIfMissing(engine, definition);
      for (String group : definition.visibleTo()) {
        outcomes.merge(Grants.ensure(authorizations, group, Resources.FILTER, filterId, Set.of(Permissions.READ)), 1, Integer::sum);
      }
    }
    LOG.info("Authorizations: {}", outcomes);
    WorkerGrants.narrow(authorizations);
  }

  private static void createMissingGroups(IdentityService identity) {
    if (identity.isReadOnly()) {
      LOG.info("Read-only identity provider (e.g. LDAP): groups {} must exist there",
          Roles.all().stream().map(Roles.Role::groupId).toList());
      return;
    }
    List<Roles.Role> roles = new ArrayList<>(Roles.all());
    // Reads /actuator/metrics and /actuator/prometheus (monitoring), nothing else.
    roles.add(new Roles.Role(EngineBasicAuthenticationFilter.METRICS_READERS, "Metrieken lezen", Groups.GROUP_TYPE_SYSTEM));
    for (Roles.Role role : roles) {
      if (identity.createGroupQuery().groupId(role.groupId()).count() == 0) {
        Group group = identity.newGroup(role.groupId());
        group.setName(role.name());
        group.setType(role.type());
        identity.saveGroup(group);
        LOG.info("Created group {} ({})", role.groupId(), role.name());
      }
    }
  }

  private static String createFilterIfMissing(ProcessEngine engine, TasklistFilters.Filter definition) {
    FilterService filters = engine.getFilterService();
    Filter existing = sharedFilter(filters, definition.name());
    if (existing != null) {
      return existing.getId();
    }
    for (String formerName : definition.formerNames()) {
      Filter former = sharedFilter(filters, formerName);
      if (former != null) {
        former.setName(definition.name())
            .setQuery(definition.query().apply(engine.getTaskService()))
            .setProperties(definition.properties());
        filters.saveFilter(former);
        LOG.info("Renamed Tasklist filter '{}' to '{}' with its new query and place", formerName, definition.name());
        return former.getId();
      }
    }
    Filter filter = filters.newTaskFilter(definition.name())
        .setQuery(definition.query().apply(engine.getTaskService()))
        .setProperties(definition.properties());
    filters.saveFilter(filter);
    LOG.info("Created Tasklist filter '{}'", definition.name());
    return filter.getId();
  }

  private static Filter sharedFilter(FilterService filters, String name) {
    return filters.createTaskFilterQuery().filterName(name).list().stream()
        .filter(filter -> filter.getOwner() == null).findFirst().orElse(null);
  }
}
