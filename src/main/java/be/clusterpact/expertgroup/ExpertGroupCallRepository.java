package be.clusterpact.expertgroup;

import be.clusterpact.kernel.Dates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Calls and their seats, tables {@code cp_eu_expert_group_call} and {@code cp_eu_expert_group_member}.
 * Runs in the engine's transaction: a seat is taken together with the process state, or not at all.
 */
@Repository
public class ExpertGroupCallRepository {

  private static final String CALL_COLUMNS = "call_key, title, total_seats, public_body_seats, individual_seats,"
      + " application_deadline, mandate_end, status, public_bodies_selected, individuals_selected";

  private final JdbcTemplate jdbc;

  ExpertGroupCallRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(ExpertGroupCall call, Instant registeredAt) {
    jdbc.update("insert into cp_eu_expert_group_call (" + CALL_COLUMNS + ", registered_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        call.key(), call.title(), call.totalSeats(), call.publicBodySeats(), call.individualSeats(),
        call.applicationDeadline(), call.mandateEnd(), call.status().name(), call.publicBodiesSelected(),
        call.individualsSelected(), Timestamp.from(registeredAt));
  }

  public Optional<ExpertGroupCall> find(String key) {
    return jdbc.query("select " + CALL_COLUMNS + " from cp_eu_expert_group_call where call_key = ?", this::call, key)
        .stream().findFirst();
  }

  /**
   * The calls that accept applications at {@code now} (registered, not closed, deadline day not past),
   * the nearest deadline first.
   */
  public List<ExpertGroupCall> openCalls(Instant now) {
    return jdbc.query("select " + CALL_COLUMNS + " from cp_eu_expert_group_call where status = ? and application_deadline >= ?"
            + " order by application_deadline, title, call_key", this::call,
        ExpertGroupCall.Status.OPEN.name(), Dates.inBrussels(now)).stream()
        .filter(call -> call.acceptsApplicationsAt(now)).toList();
  }

  /** A call that must exist, e.g. the one an application already belongs to. */
  public ExpertGroupCall get(String key) {
    return find(key).orElseThrow(() -> missing(key));
  }

  /**
   * Reads the call and locks its row until the transaction ends, so that seat decisions for one call
   * happen one after the other and each sees the seats the previous one took.
   */
  public ExpertGroupCall lock(String key) {
    return jdbc.query("select " + CALL_COLUMNS + " from cp_eu_expert_group_call where call_key = ? for update", this::call, key)
        .stream().findFirst().orElseThrow(() -> missing(key));
  }

  public boolean holdsSeat(String key, String applicationId) {
    Integer count = jdbc.queryForObject(
        "select count(*) from cp_eu_expert_group_member where call_key = ? and application_id = ? and withdrawn_at is null", Integer.class, key, applicationId);
    return count != null && count > 0;
  }

  /** Takes a seat: the member row and the count of its kind. Call only while holding {@link #lock}. */
  public void addMember(String key, Member member) {
    jdbc.update("insert into cp_eu_expert_group_member (call_key, application_id, applicant_kind, applicant_name,"
            + " applicant_country, selected_at) values (?, ?, ?, ?, ?, ?)",
        key, member.applicationId(), member.kind().name(), member.name(), member.country(), Timestamp.from(member.selectedAt()));
    count(key, member.kind(), "+ 1");
  }

  /**
   * Frees a member's seat: the member row keeps the withdrawal date, the count of its kind goes down.
   * Call only while holding {@link #lock}; false when the application holds no seat.
   */
  public boolean withdrawMember(String key, String applicationId, ApplicantKind kind, Instant withdrawnAt, String note) {
    int rows = jdbc.update("update cp_eu_expert_group_member set withdrawn_at = ?, withdrawal_note = ?"
        + " where call_key = ? and application_id = ? and applicant_kind = ? and withdrawn_at is null",
        Timestamp.from(withdrawnAt), note, key, applicationId, kind.name());
    if (rows == 1) {
      count(key, kind, "- 1");
    }
    return rows == 1;
  }

  private void count(String key, ApplicantKind kind, String change) {
    String counter = kind == ApplicantKind.PUBLIC_BODY ? "public_bodies_selected" : "individuals_selected";
    jdbc.update("update cp_eu_expert_group_call set " + counter + " = " + counter + " " + change + " where call_key = ?", key);
  }

  /** An applicant refused for lack of seats joins the end of the waiting list of their kind. Call while holding {@link #lock}. */
  public void addToWaitingList(String key, Member applicant) {
    jdbc.update("insert into cp_eu_expert_group_waiting (call_key, application_id, applicant_kind, applicant_name,"
            + " applicant_country, refused_at) values (?, ?, ?, ?, ?, ?)",
        key, applicant.applicationId(), applicant.kind().name(), applicant.name(), applicant.country(),
        Timestamp.from(applicant.selectedAt()));
  }

  /** The applicants of a kind refused for lack of seats, first refused first; {@code selectedAt} is when they were refused. */
  public List<Member> waitingList(String key, ApplicantKind kind) {
    return jdbc.query("select application_id, applicant_kind, applicant_name, applicant_country, refused_at"
            + " from cp_eu_expert_group_waiting where call_key = ? and applicant_kind = ? order by waiting_order",
        (rs, n) -> new Member(rs.getString(1), ApplicantKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toInstant()),
        key, kind.name());
  }

  /** An applicant leaves the waiting list, e.g. because they now hold a seat. Call while holding {@link #lock}. */
  public void removeFromWaitingList(String key, String applicationId) {
    jdbc.update("delete from cp_eu_expert_group_waiting where call_key = ? and application_id = ?", key, applicationId);
  }

  /** A later deadline for applications, only while the call is open. Call while holding {@link #lock}. */
  public boolean extendApplicationDeadline(String key, LocalDate deadline) {
    return jdbc.update("update cp_eu_expert_group_call set application_deadline = ? where call_key = ? and status = ?",
        deadline, key, ExpertGroupCall.Status.OPEN.name()) == 1;
  }

  /** A later end of the mandate. Call while holding {@link #lock}. */
  public void extendMandate(String key, LocalDate mandateEnd) {
    jdbc.update("update cp_eu_expert_group_call set mandate_end = ? where call_key = ?", mandateEnd, key);
  }

  /** Moves the call from one status to the next; false when it was not in {@code from}. */
  public boolean changeStatus(String key, ExpertGroupCall.Status from, ExpertGroupCall.Status to) {
    return jdbc.update("update cp_eu_expert_group_call set status = ? where call_key = ? and status = ?",
        to.name(), key, from.name()) == 1;
  }

  public List<Member> members(String key) {
    return jdbc.query("select application_id, applicant_kind, applicant_name, applicant_country, selected_at"
            + " from cp_eu_expert_group_member where call_key = ? and withdrawn_at is null order by selected_at, application_id",
        (rs, n) -> new Member(rs.getString(1), ApplicantKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toInstant()),
        key);
  }

  private static IllegalStateException missing(String key) {
    return new IllegalStateException("No expert group call " + key);
  }

  private ExpertGroupCall call(ResultSet rs, int row) throws SQLException {
    return new ExpertGroupCall(rs.getString("call_key"), rs.getString("title"), rs.getInt("total_seats"),
        rs.getInt("public_body_seats"), rs.getInt("individual_seats"),
        rs.getObject("application_deadline", LocalDate.class), rs.getObject("mandate_end", LocalDate.class),
        ExpertGroupCall.Status.valueOf(rs.getString("status")), rs.getInt("public_bodies_selected"),
        rs.getInt("individuals_selected"));
  }
}
