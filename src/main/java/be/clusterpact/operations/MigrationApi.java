package be.clusterpact.operations;

import be.clusterpact.process.GroupIds;
import be.clusterpact.web.CurrentUser;
import be.clusterpact.kernel.InvalidInputException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code POST /api/operations/migrations} — Community Cockpit has no migration UI; this migrates all
 * running instances of one version; {@code /migrations/preview} tells before a deployment what the
 * running instances would meet. Administrators and process owners only.
 */
@RestController
@RequestMapping("/api/operations")
class MigrationApi {

  static final List<String> OPERATORS = List.of(GroupIds.ADMINISTRATORS, GroupIds.PROCESS_OWNERS);

  private final InstanceMigration migration;
  private final MigrationPreview preview;
  private final CurrentUser user;

  MigrationApi(InstanceMigration migration, MigrationPreview preview, CurrentUser user) {
    this.migration = migration;
    this.preview = preview;
    this.user = user;
  }

  record Request(String processDefinitionKey, Integer sourceVersion, Integer targetVersion, Boolean dryRun) {}

  @PostMapping("/migrations")
  InstanceMigration.Report migrate(@RequestBody Request request) {
    user.requireAnyGroup(OPERATORS);
    return migration.migrate(request.processDefinitionKey(), request.sourceVersion(), request.targetVersion(),
        Boolean.TRUE.equals(request.dryRun()));
  }

  /**
   * {@code POST /api/operations/migrations/preview}, multipart with the new model files (as Modeler's
   * deployment, every part a file): what running instances would meet, nothing deployed.
   */
  @PostMapping(path = "/migrations/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  MigrationPreview.Preview preview(MultipartHttpServletRequest request) throws IOException {
    user.requireAnyGroup(OPERATORS);
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (MultipartFile file : request.getMultiFileMap().values().stream().flatMap(List::stream).toList()) {
      String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
          ? file.getName() : file.getOriginalFilename();
      if (files.put(name, file.getBytes()) != null) {
        throw new InvalidInputException("files", "het bestand '" + name + "' zit er twee keer in");
      }
    }
    return preview.preview(files);
  }
}
