package be.clusterpact.notification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which deadline reminders have gone out ({@code cp_mail_reminder_sent}, Flyway V9): each reminder of a
 * task is claimed once, whatever node runs the daily schedule and however often, so nobody gets the same
 * reminder twice. The claim is the table's primary key: of two nodes claiming at once, one insert wins.
 */
public class SentReminders {

  private final JdbcTemplate jdbc;

  public SentReminders(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Claims the reminder {@code daysBefore} the task's due day; {@code false} when it was claimed before (by
   * this node or another), in which case it must not be sent. Commits on its own, before the e-mail leaves.
   */
  public boolean claim(String taskId, int daysBefore, LocalDate dueDay, Instant at) {
    try {
      jdbc.update("insert into cp_mail_reminder_sent (task_id, days_before, due_day, sent_at) values (?, ?, ?, ?)",
          taskId, daysBefore, Date.valueOf(dueDay), Timestamp.from(at));
      return true;
    } catch (DuplicateKeyException claimedBefore) {
      return false;
    }
  }

  /** Forgets the reminders of due days before {@code today}: no run will ask about them again. */
  public int forgetBefore(LocalDate today) {
    return jdbc.update("delete from cp_mail_reminder_sent where due_day < ?", Date.valueOf(today));
  }
}
