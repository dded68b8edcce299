package be.clusterpact.expertgroup;

import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.kernel.Dates;
import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.kernel.Texts;
import java.time.Instant;
import java.util.Optional;

/** Eligibility screening: the call's conditions (deadline, kind, background), then completeness. */
public final class ApplicationScreening {

  private ApplicationScreening() {}

  /** Why the application does not meet the call's conditions, or empty when it does. */
  public static Optional<String> callConditionsRefusal(Application application, ExpertGroupCall call, Instant receivedAt) {
    if (!call.acceptsApplicationsAt(receivedAt)) {
      return Optional.of("De kandidatuur kwam binnen op " + Dates.dutch(Dates.inBrussels(receivedAt))
          + ", na de afsluiting van de oproep '" + call.title() + "' (deadline " + Dates.dutch(call.applicationDeadline())
          + "). Kandidaturen na de deadline worden niet meer aanvaard.");
    }
    if (call.seats(application.kind()) == 0) {
      return Optional.of("De oproep '" + call.title() + "' voorziet geen zetels voor " + application.kind().plural() + ".");
    }
    if (application.kind() == ApplicantKind.INDIVIDUAL && !application.background().qualifies()) {
      return Optional.of("Individuele experten moeten ervaring hebben in clustermanagement, een bedrijfsondersteunende"
          + " organisatie, een onderzoeksinstelling of een adviesbureau; de opgegeven achtergrond ("
          + application.background().label() + ") komt niet in aanmerking.");
    }
    return Optional.empty();
  }

  /** The desk's completeness check: an incomplete application is refused, naming what is missing. */
  public static Optional<String> completenessRefusal(Object complete, Object missingItems) {
    if (Texts.flag(EuExpertGroupApplicationProcess.APPLICATION_COMPLETE, complete)) {
      return Optional.empty();
    }
    String missing = Texts.optional(EuExpertGroupApplicationProcess.MISSING_ITEMS, missingItems, 2000);
    if (missing == null) {
      throw new InvalidInputException(EuExpertGroupApplicationProcess.MISSING_ITEMS, "vermeld wat er ontbreekt aan een onvolledige kandidatuur");
    }
    return Optional.of("De kandidatuur is onvolledig: " + missing);
  }
}
