package be.clusterpact.document;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger (migration V7) that keeps {@code cp_pact_document} append-only on the embedded
 * database: every UPDATE and DELETE is refused. PostgreSQL does the same with a PL/pgSQL trigger.
 */
public class RefuseChangeOfStoredDocument implements Trigger {

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("cp_pact_document is append-only: a stored clusterpact document is never changed or deleted");
  }
}
