package be.clusterpact.negotiation;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.InvalidInputException;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Table {@code cp_pact_dossier}: the business keys of every pact ever started, one per cluster and year. */
@Repository
public class PactDossierRegistry {

  private final JdbcTemplate jdbc;

  PactDossierRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Registers the pact in the starting transaction; a second pact for the key is refused naming the field. */
  public void register(String businessKey, String processInstanceId, String clusterName) {
    try {
      jdbc.update("insert into cp_pact_dossier (business_key, process_instance_id, cluster_name, registered_at)"
          + " values (?, ?, ?, ?)", businessKey, processInstanceId, clusterName, Timestamp.from(Instant.now()));
    } catch (DuplicateKeyException e) {
      throw new InvalidInputException(ClusterpactProcess.CLUSTER_NAME, "er bestaat al een clusterpact " + businessKey + " voor "
          + clusterName + " met een steunbeslissing in hetzelfde jaar");
    }
  }
}
