package be.clusterpact.engine;

import be.clusterpact.kernel.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * The deployment validator, run by the engine before it parses any new deployment — from Camunda
 * Modeler or REST, the webapps or the start-up deployment alike: a deployment {@link ModelCheck}
 * finds a problem in is refused whole (HTTP 400, see {@code web.RestErrors}), naming every problem.
 * An empty tenant ID (some clients send an empty {@code tenant-id} part) means no tenant, so the
 * definitions stay on their one version line.
 */
final class ModelGuard implements Deployer {

  private final ModelCheck check;

  ModelGuard(ModelCheck check) {
    this.check = check;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return; // a deployment already in the database, loaded again into the cache
    }
    Map<String, ResourceEntity> resources = deployment.getResources() == null ? Map.of() : deployment.getResources();
    if (deployment.getTenantId() != null && deployment.getTenantId().isBlank()) {
      deployment.setTenantId(null);
      resources.values().forEach(resource -> resource.setTenantId(null));
    }
    Map<String, byte[]> contents = new LinkedHashMap<>();
    resources.forEach((name, resource) -> contents.put(name, resource.getBytes()));
    List<String> problems = check.problems(contents);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("model", "deployment geweigerd, niets is gedeployed (" + problems.size()
          + (problems.size() == 1 ? " probleem" : " problemen") + "):\n- " + String.join("\n- ", problems));
    }
  }
}
