package be.clusterpact.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Table {@code cp_mail_digest_entry}: the tasks that arrived for users on {@code digest} and have not
 * been in a digest yet. Rows are added in the transaction that creates the task and taken (locked and
 * deleted) in the transaction of the daily digest, which mails them after it commits.
 */
public class DigestQueue {

  private final JdbcTemplate jdbc;
  /** A savepoint around the insert, so a failing queue never aborts the engine's transaction (PostgreSQL). */
  private final TransactionTemplate savepoint;

  public DigestQueue(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Queues the task for each user, in the current transaction. */
  public void add(String taskId, Collection<String> userIds, Instant at) {
    if (userIds.isEmpty()) {
      return;
    }
    List<Object[]> rows = userIds.stream().map(userId -> new Object[] {userId, taskId, Timestamp.from(at)}).toList();
    savepoint.executeWithoutResult(status ->
        jdbc.batchUpdate("insert into cp_mail_digest_entry (user_id, task_id, queued_at) values (?, ?, ?)", rows));
  }

  /**
   * Takes every queued row: locks it, deletes it, and returns per user the task IDs in the order they
   * arrived. Run in a transaction; a concurrent digest waits for the lock and then finds the rows gone.
   */
  public Map<String, List<String>> take() {
    Map<String, List<String>> queued = new LinkedHashMap<>();
    List<Object[]> keys = new ArrayList<>();
    jdbc.query("select user_id, task_id from cp_mail_digest_entry order by user_id, queued_at, task_id for update",
        row -> {
          queued.computeIfAbsent(row.getString(1), user -> new ArrayList<>()).add(row.getString(2));
          keys.add(new Object[] {row.getString(1), row.getString(2)});
        });
    if (!keys.isEmpty()) {
      jdbc.batchUpdate("delete from cp_mail_digest_entry where user_id = ? and task_id = ?", keys);
    }
    return queued;
  }

  /** How many rows wait for a user (for tests and diagnostics). */
  public int waiting(String userId) {
    Integer count = jdbc.queryForObject("select count(*) from cp_mail_digest_entry where user_id = ?", Integer.class, userId);
    return count == null ? 0 : count;
  }
}
