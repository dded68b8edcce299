package be.clusterpact.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.clusterpact.testing.MigratedH2;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deadline reminders are claimed once on the embedded default database (H2): V9 applies, of two nodes
 * claiming the same reminder at once one wins, a moved due date is a new reminder, and passed due days are
 * forgotten (PostgreSQL: {@code TaskMailIT}).
 */
class SentRemindersOnH2Test {

  private static final Instant NOW = Instant.parse("2026-11-26T06:00:00Z");

  @Test
  void eachReminderIsClaimedOnceWhateverNodeAsksFirst() throws Exception {
    DataSource dataSource = MigratedH2.named("reminders");
    SentReminders nodeA = new SentReminders(new JdbcTemplate(dataSource));
    SentReminders nodeB = new SentReminders(new JdbcTemplate(dataSource));
    LocalDate due = LocalDate.of(2026, 12, 26);

    List<CompletableFuture<Boolean>> claims = List.of(
        CompletableFuture.supplyAsync(() -> nodeA.claim("task-1", 30, due, NOW)),
        CompletableFuture.supplyAsync(() -> nodeB.claim("task-1", 30, due, NOW)));
    assertThat(claims.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(true, false);

    assertThat(nodeA.claim("task-1", 30, due, NOW)).as("the same reminder the next run").isFalse();
    assertThat(nodeA.claim("task-1", 7, due, NOW)).as("the other reminder").isTrue();
    assertThat(nodeA.claim("task-1", 30, due.plusMonths(1), NOW)).as("after the due date moved").isTrue();

    assertThat(nodeA.forgetBefore(due.plusDays(1))).isEqualTo(2);
    assertThat(nodeB.claim("task-1", 30, due.plusMonths(1), NOW)).as("reminders of days to come are kept").isFalse();
  }
}
