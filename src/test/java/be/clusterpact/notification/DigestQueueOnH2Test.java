package be.clusterpact.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.MigratedH2;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The digest queue on the embedded default database (H2, the demo profile): V8 applies, a rolled-back
 * creation queues nothing, the queue is taken in arrival order per user, and two runs at once take
 * each row once (PostgreSQL: {@code MailDigestIT}).
 */
class DigestQueueOnH2Test {

  @Test
  void rowsAreTakenOnceInArrivalOrderAndARollbackQueuesNothing() throws Exception {
    DataSource dataSource = MigratedH2.named("digest");
    DigestQueue queue = new DigestQueue(new JdbcTemplate(dataSource));
    TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    Instant now = Instant.parse("2026-11-26T07:00:00Z");

    transactions.executeWithoutResult(status -> {
      queue.add("task-2", List.of("olga", "piet"), now.plusSeconds(60));
      queue.add("task-1", List.of("olga"), now);
    });
    transactions.executeWithoutResult(status -> {
      queue.add("task-rolled-back", List.of("olga"), now);
      status.setRollbackOnly();
    });
    assertThat(queue.waiting("olga")).isEqualTo(2);

    CompletableFuture<Map<String, List<String>>> first = CompletableFuture.supplyAsync(() -> transactions.execute(s -> queue.take()));
    CompletableFuture<Map<String, List<String>>> second = CompletableFuture.supplyAsync(() -> transactions.execute(s -> queue.take()));
    Map<String, List<String>> taken = first.get().isEmpty() ? second.get() : first.get();

    assertThat(taken).containsExactly(Map.entry("olga", List.of("task-1", "task-2")), Map.entry("piet", List.of("task-2")));
    assertThat(first.get().isEmpty() || second.get().isEmpty()).as("the other run took nothing").isTrue();
    assertThat(queue.waiting("olga")).isZero();
    Map<String, List<String>> nextRun = transactions.execute(s -> queue.take());
    assertThat(nextRun).isEmpty();
  }
}
