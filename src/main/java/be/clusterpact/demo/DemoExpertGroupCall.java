package be.clusterpact.demo;

import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.process.EuExpertGroupCallProcess;
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

  static final String CALL_PROCESS = EuExpertGroupCallProcess.KEY;
  static final String APPLICATION_PROCESS = EuExpertGroupApplicationProcess.KEY;
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
    call.put(EuExpertGroupApplicationProcess.CALL_TITLE, "Cluster-expertengroep");
    call.put(EuExpertGroupCallProcess.APPLICATION_DEADLINE, LocalDate.of(2019, 9, 30).toString());
    call.put(EuExpertGroupCallProcess.MANDATE_END_DATE, LocalDate.of(2020, 12, 31).toString());
    call.put(EuExpertGroupCallProcess.TOTAL_SEATS, 38L);
    call.put(EuExpertGroupCallProcess.PUBLIC_BODY_SEATS, 28L);
    call.put(EuExpertGroupCallProcess.INDIVIDUAL_SEATS, 10L);
    call.put(EuExpertGroupCallProcess.GROUP_TASKS, "Beiträge und Leitlinien für die regionale, nationale und europäische Clusterpolitik;"
        + " Best Practices für eine moderne Clusterpolitik ermitteln und austauschen; Vorbereitung der nächsten"
        + " Generation von EU-Clusterinitiativen (COSME).");
    call.put(EuExpertGroupCallProcess.CALL_SOURCE, "Clusterplattform Deutschland, 11.07.2019 (Tim Mörsch, VDI Technologiezentrum GmbH)");
    return call;
  }

  static List<DemoApplication> applications() {
    Map<String, Object> withEmail = individual("Dr. Jens Müller", "CLUSTER_MANAGEMENT", "DE");
    withEmail.put(EuExpertGroupApplicationProcess.NATIONAL_NOTIFICATION_SENT_ON, LocalDate.of(2019, 8, 12).toString());
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
    application.put(EuExpertGroupApplicationProcess.GOVERNMENT_LEVEL, level);
    return application;
  }

  private static Map<String, Object> individual(String name, String background, String country) {
    Map<String, Object> application = common("INDIVIDUAL", name, country);
    application.put(EuExpertGroupApplicationProcess.BACKGROUND, background);
    application.put(EuExpertGroupApplicationProcess.EXPERIENCE_DESCRIPTION, "Tien jaar ervaring in clusterbeleid en interregionale samenwerking.");
    return application;
  }

  private static Map<String, Object> common(String kind, String name, String country) {
    Map<String, Object> application = new HashMap<>();
    application.put(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY, KEY);
    application.put(EuExpertGroupApplicationProcess.APPLICANT_KIND, kind);
    application.put(EuExpertGroupApplicationProcess.APPLICANT_NAME, name);
    application.put(EuExpertGroupApplicationProcess.APPLICANT_COUNTRY, country);
    application.put(EuExpertGroupApplicationProcess.CONTACT_NAME, name);
    application.put(EuExpertGroupApplicationProcess.CONTACT_EMAIL, name.toLowerCase().replaceAll("[^a-z]+", ".") + "@kandidaat.example");
    application.put(EuExpertGroupApplicationProcess.MOTIVATION, "Wil bijdragen aan een moderne Europese clusterpolitiek.");
    return application;
  }
}
