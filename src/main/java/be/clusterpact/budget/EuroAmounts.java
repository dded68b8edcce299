package be.clusterpact.budget;

import be.clusterpact.platform.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Euro amounts as exact cents: parsed from form and REST input, never computed in floating point. */
public final class EuroAmounts {

  /** One thousand million euro: far above any Hermes amount, so larger input is a typing error. */
  static final long MAXIMUM_CENTS = 100_000_000_000L;

  private EuroAmounts() {}

  /** Cents of a non-negative euro amount with at most two decimals; {@code null} when absent. */
  public static Long optionalCents(String field, Object raw) {
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      return null;
    }
    BigDecimal euro = toDecimal(field, raw);
    if (euro.signum() < 0) {
      throw new InvalidInputException(field, "bedrag mag niet negatief zijn");
    }
    if (euro.stripTrailingZeros().scale() > 2) {
      throw new InvalidInputException(field, "bedrag heeft meer dan twee decimalen");
    }
    BigDecimal cents = euro.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY);
    if (cents.compareTo(BigDecimal.valueOf(MAXIMUM_CENTS)) > 0) {
      throw new InvalidInputException(field, "bedrag is onrealistisch groot (meer dan € 1 miljard)");
    }
    return cents.longValueExact();
  }

  public static long requiredCents(String field, Object raw) {
    Long cents = optionalCents(field, raw);
    if (cents == null) {
      throw new InvalidInputException(field, "bedrag is verplicht");
    }
    return cents;
  }

  public static BigDecimal euro(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  /** Dutch notation, e.g. {@code € 1.250.000,50}. */
  public static String format(long cents) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-BE")));
    return "€ " + format.format(euro(cents));
  }

  private static BigDecimal toDecimal(String field, Object raw) {
    try {
      if (raw instanceof BigDecimal decimal) {
        return decimal;
      }
      if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
        return BigDecimal.valueOf(((Number) raw).longValue());
      }
      if (raw instanceof Double || raw instanceof Float) {
        double value = ((Number) raw).doubleValue();
        if (!Double.isFinite(value)) {
          throw new InvalidInputException(field, "verwacht een bedrag in euro");
        }
        // The shortest decimal text of the double: 0.1 stays 0.1, not 0.1000000000000000055...
        return new BigDecimal(Double.toString(value));
      }
      if (raw instanceof String text) {
        return new BigDecimal(text.trim().replace(',', '.'));
      }
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "verwacht een bedrag in euro, kreeg '" + raw + "'");
    }
    throw new InvalidInputException(field, "verwacht een bedrag in euro, kreeg " + raw.getClass().getSimpleName());
  }
}
