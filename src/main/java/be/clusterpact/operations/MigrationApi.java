package be.clusterpact.operations;

import be.clusterpact.platform.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/operations/migrations} — Community Cockpit has no migration UI; this migrates all
 * running instances of one version. Administrators and process owners only.
 */
@RestController
@RequestMapping("/api/operations")
class MigrationApi {

  static final List<String> OPERATORS = List.of("camunda-admin", "process-owners");

  private final InstanceMigration migration;
  private final CurrentUser user;

  MigrationApi(InstanceMigration migration, CurrentUser user) {
    this.migration = migration;
    this.user = user;
  }

  record Request(String processDefinitionKey, Integer sourceVersion, Integer targetVersion, Boolean dryRun) {}

  @PostMapping("/migrations")
  InstanceMigration.Report migrate(@RequestBody Request request) {
    user.requireAnyGroup(OPERATORS);
    return migration.migrate(request.processDefinitionKey(), request.sourceVersion(), request.targetVersion(),
        Boolean.TRUE.equals(request.dryRun()));
  }
}
