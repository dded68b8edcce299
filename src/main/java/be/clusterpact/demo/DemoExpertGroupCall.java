package be.clusterpact.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's EU call, seed 004: the Commission's cluster expert group of 2019, at most 38 members (28 public
 * bodies, 10 individuals), mandate until 31 December 2020, with applications standing at different steps.
 * They are entered at the dates they came in, in the summer of 2019.
 */
final class DemoExpertGroupCall {

  static final String CALL_PROCESS = "Process_EuExpertGroupCall";
  static final String APPLICATION_PROCESS = "Process_EuExpertGroupApplication";
  static final String KEY = "EUCALL-CLUSTER-EXPERTENGROEP-2019";
  /** When the desk registered the call (the Clusterplattform's notice is of 11 July 2019). */
  static final LocalDateTime REGISTERED = LocalDateTime.of(2019, 7, 12, 10, 0);
  /** When the applications came in and were handled. */
  static final LocalDateTime APPLICATIONS_RECEIVED = LocalDateTime.of(2019, 8, 20, 10, 0);

  /** How far an application goes: the steps the desk and the Commission's secretariat have done. */
  enum Step { RECEIVED, SCREENED, SELECTED_AND_TOLD }

  record DemoApplication(Map<String, Object> start, Step step) {}

  private DemoExpertGroupCall() {}

  static Map<String, Object> call() {
    Map<String, Object> call = new HashMap<>();
    call.put("callTitle", "Cluster-expertengroep");
    call.put("applicationDeadline", LocalDate.of(2019, 9, 30).toString());
    call.put("mandateEndDate", LocalDate.of(2020, 12, 31).toString());
    call.put("totalSeats", 38L);
    call.put("publicBodySeats", 28L);
    call.put("individualSeats", 10L);
    call.put("groupTasks", "Beiträge und Leitlinien für die regionale, nationale und europäische Clusterpolitik;"
        + " Best Practices für eine moderne Clusterpolitik ermitteln und austauschen; Vorbereitung der nächsten"
        + " Generation von EU-Clusterinitiativen (COSME).");
    call.put("callSource", "Clusterplattform Deutschland, 11.07.2019 (Tim Mörsch, VDI Technologiezentrum GmbH)");
    return call;
  }

  static List<DemoApplication> applications() {
    Map<String, Object> withEmail = individual("Dr. Jens Müller", "CLUSTER_MANAGEMENT", "DE");
    withEmail.put("nationalNotificationSentOn", LocalDate.of(2019, 8, 12).toString());
    return List.of(
        new DemoApplication(publicBody("Provincie Antwerpen", "REGIONAL", "BE"), Step.SELECTED_AND_TOLD),
        // German, the BMWi e-mail already sent: waits for the Commission's selection only.
        new DemoApplication(withEmail, Step.SCREENED),
        // German, no BMWi e-mail yet: the Commission can select; the desk reminds the applicant meanwhile.
        new DemoApplication(individual("Dr. Anna Schmidt", "RESEARCH", "DE"), Step.SCREENED),
        new DemoApplication(publicBody("Stad Gent", "LOCAL", "BE"), Step.RECEIVED),
        // Another background than the call asks for: refused at screening, the desk still has to tell him.
        new DemoApplication(individual("Jan Modaal", "OTHER", "NL"), Step.RECEIVED));
  }

  private static Map<String, Object> publicBody(String name, String level, String country) {
    Map<String, Object> application = common("PUBLIC_BODY", name, country);
    application.put("governmentLevel", level);
    return application;
  }

  private static Map<String, Object> individual(String name, String background, String country) {
    Map<String, Object> application = common("INDIVIDUAL", name, country);
    application.put("background", background);
    application.put("experienceDescription", "Tien jaar ervaring in clusterbeleid en interregionale samenwerking.");
    return application;
  }

  private static Map<String, Object> common(String kind, String name, String country) {
    Map<String, Object> application = new HashMap<>();
    application.put("callBusinessKey", KEY);
    application.put("applicantKind", kind);
    application.put("applicantName", name);
    application.put("applicantCountry", country);
    application.put("contactName", name);
    application.put("contactEmail", name.toLowerCase().replaceAll("[^a-z]+", ".") + "@kandidaat.example");
    application.put("motivation", "Wil bijdragen aan een moderne Europese clusterpolitiek.");
    return application;
  }
}
