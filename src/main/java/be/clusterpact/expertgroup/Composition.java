package be.clusterpact.expertgroup;

import be.clusterpact.process.EuExpertGroupCallProcess;
import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.kernel.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The group's composition once applications are closed: shown to the Commission's secretariat, confirmed, kept as JSON. */
public final class Composition {

  private Composition() {}

  /** One line per member, public bodies first, after the seat situation. */
  public static String summary(ExpertGroupCall call, List<Member> members) {
    StringBuilder text = new StringBuilder(call.seatSituation());
    for (ApplicantKind kind : ApplicantKind.values()) {
      for (Member member : members) {
        if (member.kind() == kind) {
          text.append("\n– ").append(member.name()).append(" (").append(kind.label()).append(", ").append(member.country()).append(")");
        }
      }
    }
    return text.toString();
  }

  /** The secretariat confirms the composition once every application of the call has its outcome. */
  public static void confirm(Object confirmed, long pendingApplications) {
    if (!Texts.flag(EuExpertGroupCallProcess.COMPOSITION_CONFIRMED, confirmed)) {
      throw new InvalidInputException(EuExpertGroupCallProcess.COMPOSITION_CONFIRMED, "bevestig de samenstelling van de expertengroep");
    }
    if (pendingApplications > 0) {
      throw new InvalidInputException(EuExpertGroupCallProcess.COMPOSITION_CONFIRMED, "nog " + pendingApplications
          + " kandidatuur/kandidaturen zonder beslissing; beslis daar eerst over");
    }
  }

  /** The composition as a JSON-ready map: call, quotas, mandate and members. */
  public static Map<String, Object> record(ExpertGroupCall call, List<Member> members) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("call", call.key());
    record.put("title", call.title());
    record.put(EuExpertGroupCallProcess.TOTAL_SEATS, call.totalSeats());
    record.put(EuExpertGroupCallProcess.PUBLIC_BODY_SEATS, call.publicBodySeats());
    record.put(EuExpertGroupCallProcess.INDIVIDUAL_SEATS, call.individualSeats());
    record.put("mandateEnd", call.mandateEnd().toString());
    List<Map<String, Object>> list = new ArrayList<>();
    for (Member member : members) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("kind", member.kind().name());
      entry.put("name", member.name());
      entry.put("country", member.country());
      entry.put("selectedAt", member.selectedAt().toString());
      list.add(entry);
    }
    record.put("members", list);
    return record;
  }
}
