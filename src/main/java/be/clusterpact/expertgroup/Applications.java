package be.clusterpact.expertgroup;

import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.kernel.InvalidInputException;
import be.clusterpact.kernel.Texts;
import java.util.Locale;

/** Reads an application from its start form: the fields of its kind, checked. */
public final class Applications {

  private Applications() {}

  /** What the start form (or a REST client) gives. */
  public record StartData(Object callBusinessKey, Object applicantKind, Object applicantName, Object governmentLevel,
      Object background, Object experienceDescription, Object applicantCountry, Object contactName,
      Object contactEmail, Object motivation) {}

  public static Application open(StartData data) {
    String callKey = Texts.required(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY, data.callBusinessKey(), 120).toUpperCase(Locale.ROOT);
    ApplicantKind kind = ApplicantKind.of(EuExpertGroupApplicationProcess.APPLICANT_KIND, data.applicantKind());
    String name = Texts.required(EuExpertGroupApplicationProcess.APPLICANT_NAME, data.applicantName(), 200);
    GovernmentLevel level = null;
    Background background = null;
    String experience = null;
    if (kind == ApplicantKind.PUBLIC_BODY) {
      level = GovernmentLevel.of(EuExpertGroupApplicationProcess.GOVERNMENT_LEVEL, data.governmentLevel());
    } else {
      background = Background.of(EuExpertGroupApplicationProcess.BACKGROUND, data.background());
      experience = Texts.optional(EuExpertGroupApplicationProcess.EXPERIENCE_DESCRIPTION, data.experienceDescription(), 4000);
      if (experience == null) {
        throw new InvalidInputException(EuExpertGroupApplicationProcess.EXPERIENCE_DESCRIPTION, "beschrijf de ervaring van de individuele expert");
      }
    }
    return new Application(callKey, kind, name, level, background, experience,
        country(data.applicantCountry()), Texts.optional(EuExpertGroupApplicationProcess.CONTACT_NAME, data.contactName(), 200),
        Texts.email(EuExpertGroupApplicationProcess.CONTACT_EMAIL, data.contactEmail()), Texts.required(EuExpertGroupApplicationProcess.MOTIVATION, data.motivation(), 4000));
  }

  /** An ISO 3166 two-letter country code such as BE or DE. */
  static String country(Object raw) {
    String code = Texts.required(EuExpertGroupApplicationProcess.APPLICANT_COUNTRY, raw, 40).toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{2}")) {
      throw new InvalidInputException(EuExpertGroupApplicationProcess.APPLICANT_COUNTRY, "verwacht een landcode van twee letters (ISO 3166), bv. BE of DE");
    }
    return code;
  }
}
