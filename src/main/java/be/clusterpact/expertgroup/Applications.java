package be.clusterpact.expertgroup;

import be.clusterpact.platform.InvalidInputException;
import be.clusterpact.platform.Texts;
import java.util.Locale;

/** Reads an application from its start form: the fields of its kind, checked. */
public final class Applications {

  private Applications() {}

  /** What the start form (or a REST client) gives. */
  public record StartData(Object callBusinessKey, Object applicantKind, Object applicantName, Object governmentLevel,
      Object background, Object experienceDescription, Object applicantCountry, Object contactName,
      Object contactEmail, Object motivation) {}

  public static Application open(StartData data) {
    String callKey = Texts.required("callBusinessKey", data.callBusinessKey(), 120).toUpperCase(Locale.ROOT);
    ApplicantKind kind = ApplicantKind.of("applicantKind", data.applicantKind());
    String name = Texts.required("applicantName", data.applicantName(), 200);
    GovernmentLevel level = null;
    Background background = null;
    String experience = null;
    if (kind == ApplicantKind.PUBLIC_BODY) {
      level = GovernmentLevel.of("governmentLevel", data.governmentLevel());
    } else {
      background = Background.of("background", data.background());
      experience = Texts.optional("experienceDescription", data.experienceDescription(), 4000);
      if (experience == null) {
        throw new InvalidInputException("experienceDescription", "beschrijf de ervaring van de individuele expert");
      }
    }
    return new Application(callKey, kind, name, level, background, experience,
        country(data.applicantCountry()), Texts.optional("contactName", data.contactName(), 200),
        Texts.email("contactEmail", data.contactEmail()), Texts.required("motivation", data.motivation(), 4000));
  }

  /** An ISO 3166 two-letter country code such as BE or DE. */
  static String country(Object raw) {
    String code = Texts.required("applicantCountry", raw, 40).toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{2}")) {
      throw new InvalidInputException("applicantCountry", "verwacht een landcode van twee letters (ISO 3166), bv. BE of DE");
    }
    return code;
  }
}
