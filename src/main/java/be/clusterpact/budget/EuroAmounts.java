package be.clusterpact.budget;

import be.clusterpact.kernel.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Euro amounts as exact cents: parsed from form and REST input, never computed in floating point.
 * Text is read in Belgian notation ({@link BelgianAmountNotation}: {@code 150.000} is one hundred
 * fifty thousand euro); numbers sent as JSON numbers are taken as they are. Every value's size and
 * shape is checked before any decimal arithmetic, so an exotic value is refused at once.
 */
public final class EuroAmounts {

  /** One thousand million euro: far above any Hermes amount, so larger input is a typing error. */
  static final long MAXIMUM_CENTS = 100_000_000_000L;

  /** More digits than any amount in cents up to {@link #MAXIMUM_CENTS} can need, whatever its scale. */
  private static final int MAXIMUM_PRECISION = 40;

  private EuroAmounts() {}

  /** Cents of a non-negative euro amount with at most two decimals; {@code null} when absent. */
  public static Long optionalCents(String field, Object raw) {
    if (raw == null || (raw instanceof String s && BelgianAmountNotation.isBlank(s))) {
      return null;
    }
    long cents = cents(field, raw);
    if (cents > MAXIMUM_CENTS) {
      throw absurd(field);
    }
    return cents;
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

  /** Belgian notation with the euro sign, e.g. {@code € 1.250.000,50}: how later steps show an amount. */
  public static String format(long cents) {
    return "€ " + typed(cents);
  }

  /**
   * Belgian notation without the euro sign, e.g. {@code 1.250.000,50}: the prefill of an editable
   * amount field, which reads back to the same cents when submitted unchanged.
   */
  public static String typed(long cents) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-BE"));
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    return new DecimalFormat("#,##0.00", symbols).format(euro(cents));
  }

  private static long cents(String field, Object raw) {
    if (raw instanceof String text) {
      return BelgianAmountNotation.cents(field, text);
    }
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
      return wholeEuroCents(field, ((Number) raw).longValue());
    }
    if (raw instanceof BigInteger integer) {
      if (integer.bitLength() >= Long.SIZE) {
        throw integer.signum() < 0 ? negative(field) : absurd(field);
      }
      return wholeEuroCents(field, integer.longValue());
    }
    if (raw instanceof Double || raw instanceof Float) {
      double value = ((Number) raw).doubleValue();
      if (!Double.isFinite(value)) {
        throw new InvalidInputException(field, "verwacht een bedrag in euro, kreeg '" + raw + "'");
      }
      if (Math.abs(value) > MAXIMUM_CENTS / 100.0) {
        throw value < 0 ? negative(field) : absurd(field);
      }
      // The shortest decimal text of the double: 0.1 stays 0.1, not 0.1000000000000000055...
      return decimalCents(field, new BigDecimal(Double.toString(value)));
    }
    if (raw instanceof BigDecimal decimal) {
      return decimalCents(field, decimal);
    }
    throw new InvalidInputException(field, "verwacht een bedrag in euro, kreeg " + raw.getClass().getSimpleName());
  }

  private static long wholeEuroCents(String field, long euro) {
    if (euro < 0) {
      throw negative(field);
    }
    if (euro > MAXIMUM_CENTS / 100) {
      throw absurd(field);
    }
    return euro * 100;
  }

  /** Checks magnitude and digits from precision and scale alone before touching the value. */
  private static long decimalCents(String field, BigDecimal euro) {
    if (euro.signum() == 0) {
      return 0;
    }
    if (euro.signum() < 0) {
      throw negative(field);
    }
    long wholeDigits = (long) euro.precision() - euro.scale();
    if (wholeDigits > BelgianAmountNotation.MAXIMUM_WHOLE_DIGITS) {
      throw absurd(field);
    }
    if (euro.precision() > MAXIMUM_PRECISION || euro.scale() > MAXIMUM_PRECISION) {
      throw tooManyDecimals(field);
    }
    try {
      return euro.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      throw tooManyDecimals(field);
    }
  }

  private static InvalidInputException negative(String field) {
    return new InvalidInputException(field, "bedrag mag niet negatief zijn");
  }

  private static InvalidInputException absurd(String field) {
    return new InvalidInputException(field, "bedrag is onrealistisch groot (meer dan € 1 miljard)");
  }

  private static InvalidInputException tooManyDecimals(String field) {
    return new InvalidInputException(field, "bedrag heeft meer dan twee decimalen");
  }
}
