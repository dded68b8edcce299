package be.clusterpact.kernel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks free-text input from forms and REST clients. */
public final class Texts {

  /** The start of an HTML tag, comment or processing instruction: "<b", "</", "<!", "<?". */
  private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");

  private Texts() {}

  public static String required(String field, Object raw, int maxLength) {
    String text = optional(field, raw, maxLength);
    if (text == null) {
      throw new InvalidInputException(field, "is verplicht");
    }
    return text;
  }

  /** The trimmed text, or {@code null} when absent or blank. */
  public static String optional(String field, Object raw, int maxLength) {
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof String text)) {
      throw new InvalidInputException(field, "verwacht tekst");
    }
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return null;
    }
    if (trimmed.length() > maxLength) {
      throw new InvalidInputException(field, "is langer dan " + maxLength + " tekens");
    }
    if (MARKUP.matcher(trimmed).find()) {
      throw new InvalidInputException(field, "mag geen HTML of scripts bevatten (tekens als <b> of <script>)");
    }
    return trimmed;
  }

  /** A required e-mail address: something@domain.tld, no spaces. */
  public static String email(String field, Object raw) {
    String email = required(field, raw, 200);
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidInputException(field, "is geen geldig e-mailadres");
    }
    return email;
  }

  public static boolean flag(String field, Object raw) {
    if (raw == null) {
      return false;
    }
    if (raw instanceof Boolean value) {
      return value;
    }
    throw new InvalidInputException(field, "verwacht ja of nee (true/false)");
  }

  /**
   * Upper-case ASCII letters and digits separated by single dashes, for business keys: {@code
   * Flanders' FOOD} becomes {@code FLANDERS-FOOD}, {@code Énergie Ville} {@code ENERGIE-VILLE}.
   */
  public static String slug(String field, String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("(^-|-$)", "");
    if (slug.isEmpty()) {
      throw new InvalidInputException(field, "moet letters of cijfers bevatten");
    }
    return slug;
  }
}
