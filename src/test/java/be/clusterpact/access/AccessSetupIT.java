package be.clusterpact.access;

import be.clusterpact.process.GroupIds;
import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.PostgresEngineTest;
import be.clusterpact.testing.Restart;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The roles as the engine holds them after start-up, and a restart that changes none of it. */
@PostgresEngineTest
class AccessSetupIT {

  @Autowired ProcessEngine engine;

  @Test
  void everyRoleIsAGroupWithItsDutchName() {
    for (Roles.Role role : Roles.all()) {
      Group group = engine.getIdentityService().createGroupQuery().groupId(role.groupId()).singleResult();
      assertThat(group).as(role.groupId()).isNotNull();
      if (!role.groupId().equals(GroupIds.ADMINISTRATORS)) {
        assertThat(group.getName()).isEqualTo(role.name());
        assertThat(group.getType()).isEqualTo(role.type());
      }
    }
    assertThat(engine.getIdentityService().createGroupQuery().groupId(Roles.agency("OVAM")).singleResult().getName())
        .isEqualTo("OVAM – Openbare Vlaamse Afvalstoffenmaatschappij");
  }

  @Test
  void everyGrantOfTheTableIsAnAuthorization() {
    AccessRules.authorizations().forEach((key, permissions) -> {
      Authorization authorization = engine.getAuthorizationService().createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(key.groupId())
          .resourceType(key.resource()).resourceId(key.resourceId()).singleResult();
      assertThat(authorization).as(key.toString()).isNotNull();
      permissions.forEach(permission -> assertThat(authorization.isPermissionGranted(permission)).as(key + " " + permission).isTrue());
    });
  }

  @Test
  void aRestartChangesNoGroupAuthorizationOrFilter() {
    List<String> before = snapshot();
    Restart.ofTheApplication();
    assertThat(snapshot()).isEqualTo(before);
  }

  /** Every group, authorization (with its revision) and shared filter, one line each. */
  private List<String> snapshot() {
    var groups = engine.getIdentityService().createGroupQuery().orderByGroupId().asc().list().stream()
        .map(g -> "group " + g.getId() + " " + g.getName());
    var authorizations = engine.getAuthorizationService().createAuthorizationQuery().list().stream()
        .map(a -> "authorization " + a.getId() + " " + a.getGroupId() + " " + a.getUserId() + " " + a.getResourceType()
            + " " + a.getResourceId() + " " + Arrays.toString(a.getPermissions(Permissions.values()))
            + " rev " + ((AuthorizationEntity) a).getRevision());
    var filters = engine.getFilterService().createFilterQuery().list().stream()
        .map(f -> "filter " + f.getId() + " " + f.getName() + " " + f.getOwner());
    return Stream.of(groups, authorizations, filters).flatMap(s -> s).sorted().toList();
  }
}
