package be.clusterpact.budget;

import be.clusterpact.kernel.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount in euro as a Flemish civil servant types it, into exact cents, without any
 * decimal arithmetic on untrusted text.
 *
 * <p>Accepted, with an optional {@code €}, {@code EUR} or {@code euro} before or after:
 * <ul>
 *   <li>digits, at most {@value #MAXIMUM_WHOLE_DIGITS} before the decimal comma: {@code 150000};
 *   <li>thousands grouped by points or by spaces (also non-breaking and narrow spaces), in groups of
 *       exactly three after a first group of one to three digits not starting with 0: {@code 150.000},
 *       {@code 1.500.000}, {@code 150 000};
 *   <li>a decimal comma followed by one or two digits, or by {@code -} for whole euros:
 *       {@code 150.000,50}, {@code 150,5}, {@code 150,-}.
 * </ul>
 * A point followed by exactly three digits always separates thousands ({@code 1.500} is one thousand
 * five hundred), as in Belgian notation. A point followed by one or two digits at the end of an amount
 * without thousands separators ({@code 400000.50}, {@code 12.5}) has no Belgian reading; it is read
 * as the decimal point that computers and English notation write.
 *
 * <p>Refused, with a message naming the field: anything longer than {@value #MAXIMUM_LENGTH} characters
 * (before it is even trimmed), exponents ({@code 1e5}), signs, misplaced or mixed thousands separators
 * ({@code 1.50.000}, {@code 150.0000}, {@code 1.500 000}), English order of separators
 * ({@code 150,000.50}), three or more decimals ({@code 150,000} is ambiguous), more than
 * {@value #MAXIMUM_WHOLE_DIGITS} digits before the decimal comma and every other character.
 */
final class BelgianAmountNotation {

  static final int MAXIMUM_LENGTH = 40;
  static final int MAXIMUM_WHOLE_DIGITS = 12;

  static final String EXAMPLE = "bv. 150.000 of 150.000,50";

  private static final Pattern CURRENCY_BEFORE = Pattern.compile("^(?:€|(?i:euro|eur))\\s*");
  private static final Pattern CURRENCY_AFTER = Pattern.compile("\\s*(?:€|(?i:euro|eur))$");
  private static final Pattern EXPONENT = Pattern.compile("[0-9.,]*[eE][+-]?[0-9]*");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern DECIMAL_POINT = Pattern.compile("([0-9]+)\\.([0-9]{1,2})");
  private static final Pattern DECIMALS_AFTER_POINT = Pattern.compile(".*\\.[0-9]{1,2}");
  private static final Pattern FIRST_GROUP = Pattern.compile("[1-9][0-9]{0,2}");
  private static final Pattern GROUP = Pattern.compile("[0-9]{3}");

  private BelgianAmountNotation() {}

  /** Nothing but spaces, including non-breaking ones: an empty field. */
  static boolean isBlank(String text) {
    return text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /** @param text not blank */
  static long cents(String field, String text) {
    if (text.length() > MAXIMUM_LENGTH) {
      throw new InvalidInputException(field, "te lang voor een bedrag (meer dan " + MAXIMUM_LENGTH + " tekens)");
    }
    String amount = withoutCurrency(field, text);
    char first = amount.charAt(0);
    if (first == '-' || first == '\u2212') {
      throw new InvalidInputException(field, "bedrag mag niet negatief zijn");
    }
    if (first == '+') {
      throw new InvalidInputException(field, "een bedrag heeft geen plusteken; schrijf het bedrag zelf, " + EXAMPLE);
    }
    if (EXPONENT.matcher(amount).matches()) {
      throw new InvalidInputException(field, "een exponent (zoals 1e5) is niet toegelaten; schrijf het bedrag voluit, " + EXAMPLE);
    }
    boolean wholeEuros = amount.endsWith(",-");
    String number = wholeEuros ? amount.substring(0, amount.length() - 2) : amount;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != ',' && c != ' ') {
        throw notAnAmount(field, text);
      }
    }
    int comma = amount.indexOf(',');
    if (comma >= 0 && amount.indexOf('.', comma) >= 0) {
      throw new InvalidInputException(field, "dubbelzinnig: een punt na de komma (Engelse notatie?); in Belgische notatie"
          + " scheidt de punt duizendtallen en de komma decimalen, " + EXAMPLE);
    }
    if (comma >= 0 && amount.indexOf(',', comma + 1) >= 0) {
      throw new InvalidInputException(field, "meer dan één komma; de komma staat voor de decimalen en de punt voor"
          + " duizendtallen, " + EXAMPLE);
    }
    boolean decimalComma = comma >= 0 && !wholeEuros;
    String whole = decimalComma ? number.substring(0, comma) : number;
    String fraction = decimalComma ? decimals(field, text, number.substring(comma + 1)) : "";
    Matcher decimalPoint = DECIMAL_POINT.matcher(whole);
    if (comma < 0 && decimalPoint.matches()) {
      whole = decimalPoint.group(1);
      fraction = decimalPoint.group(2);
    } else if (comma < 0 && DECIMALS_AFTER_POINT.matcher(whole).matches()) {
      throw new InvalidInputException(field, "schrijf decimalen na een komma, bv. 150.000,50");
    }
    String digits = wholeDigits(field, text, whole);
    if (digits.length() > MAXIMUM_WHOLE_DIGITS) {
      throw new InvalidInputException(field, "meer dan " + MAXIMUM_WHOLE_DIGITS + " cijfers vóór de komma");
    }
    long cents = Long.parseLong(digits) * 100;
    if (!fraction.isEmpty()) {
      cents += Long.parseLong(fraction.length() == 1 ? fraction + "0" : fraction);
    }
    return cents;
  }

  private static String withoutCurrency(String field, String text) {
    String amount = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ').replace('\u2009', ' ').strip();
    String before = CURRENCY_BEFORE.matcher(amount).replaceFirst("");
    amount = before.length() < amount.length() ? before : CURRENCY_AFTER.matcher(amount).replaceFirst("");
    if (amount.isEmpty()) {
      throw notAnAmount(field, text);
    }
    return amount;
  }

  /** The one or two digits after the decimal comma. */
  private static String decimals(String field, String text, String fraction) {
    if (!DIGITS.matcher(fraction).matches()) {
      throw notAnAmount(field, text);
    }
    if (fraction.length() == 3) {
      throw new InvalidInputException(field, "dubbelzinnig: na de komma komen hoogstens twee decimalen; schrijf"
          + " duizendtallen met een punt en decimalen met een komma, " + EXAMPLE);
    }
    if (fraction.length() > 2) {
      throw new InvalidInputException(field, "bedrag heeft meer dan twee decimalen");
    }
    return fraction;
  }

  /** The digits before the decimal comma, thousands separators checked and removed. */
  private static String wholeDigits(String field, String text, String whole) {
    if (DIGITS.matcher(whole).matches()) {
      return whole;
    }
    if (whole.isEmpty()) {
      throw notAnAmount(field, text);
    }
    boolean points = whole.indexOf('.') >= 0;
    boolean spaces = whole.indexOf(' ') >= 0;
    if (points && spaces) {
      throw new InvalidInputException(field, "gebruik voor duizendtallen ofwel punten ofwel spaties, niet allebei, "
          + EXAMPLE);
    }
    String[] groups = whole.split(points ? "\\." : " ", -1);
    boolean wellGrouped = FIRST_GROUP.matcher(groups[0]).matches();
    for (int i = 1; i < groups.length && wellGrouped; i++) {
      wellGrouped = GROUP.matcher(groups[i]).matches();
    }
    if (!wellGrouped) {
      throw new InvalidInputException(field, "scheidingstekens voor duizendtallen staan verkeerd; groepeer per drie"
          + " cijfers, bv. 1.500.000 of 1 500 000");
    }
    return whole.replace(points ? "." : " ", "");
  }

  private static InvalidInputException notAnAmount(String field, String text) {
    return new InvalidInputException(field, "verwacht een bedrag in euro, " + EXAMPLE + "; kreeg '"
        + text.strip().replaceAll("\\p{Cntrl}", "?") + "'");
  }
}
