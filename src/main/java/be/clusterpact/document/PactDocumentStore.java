package be.clusterpact.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored clusterpact documents ({@code cp_pact_document}, migration V7): insert and read, no
 * update and no delete (the database refuses both too). The insert runs in the caller's transaction
 * (the engine's, when a delegate stores), so the document and the process state commit together.
 */
@Repository
public class PactDocumentStore {

  private final JdbcTemplate jdbc;

  public PactDocumentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores a version of a pact's document and returns what is stored. A version stored before (the
   * step ran again, e.g. after a migration of the instance) is kept as it is and returned: a stored
   * document is never replaced.
   */
  public StoredDocument store(String businessKey, DocumentKind kind, String processInstanceId, byte[] content,
                              String recordedBy, Instant recordedAt) {
    Optional<StoredDocument> existing = find(businessKey, kind);
    if (existing.isPresent()) {
      return existing.get();
    }
    String sha256 = sha256(content);
    jdbc.update("insert into cp_pact_document (business_key, kind, process_instance_id, content, sha256, size_bytes,"
        + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", businessKey, kind.name(), processInstanceId,
        content, sha256, content.length, recordedBy, Timestamp.from(recordedAt));
    return new StoredDocument(businessKey, kind, processInstanceId, content, sha256, recordedBy, recordedAt);
  }

  public Optional<StoredDocument> find(String businessKey, DocumentKind kind) {
    List<StoredDocument> found = jdbc.query("select business_key, kind, process_instance_id, content, sha256, recorded_by,"
        + " recorded_at from cp_pact_document where business_key = ? and kind = ?",
        (rs, row) -> new StoredDocument(rs.getString(1), DocumentKind.valueOf(rs.getString(2)), rs.getString(3),
            rs.getBytes(4), rs.getString(5).trim(), rs.getString(6), rs.getTimestamp(7).toInstant()),
        businessKey, kind.name());
    return found.stream().findFirst();
  }

  /** The signed version if the pact is signed, else the approved one. */
  public Optional<StoredDocument> latest(String businessKey) {
    return find(businessKey, DocumentKind.SIGNED).or(() -> find(businessKey, DocumentKind.APPROVED));
  }

  /** Lower-case hex, as {@code sha256sum} prints it. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
