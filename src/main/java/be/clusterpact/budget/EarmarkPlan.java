package be.clusterpact.budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The earmarked Hermes means of one pact: a conditional commitment for three consecutive years. */
public record EarmarkPlan(List<YearAmount> years) {

  public static final int YEARS = 3;

  public record YearAmount(int year, long cents) {}

  public EarmarkPlan {
    years = List.copyOf(years);
  }

  public long totalCents() {
    return years.stream().mapToLong(YearAmount::cents).sum();
  }

  /** More than one year carries an amount: a multi-year budget commitment. */
  public boolean multiYear() {
    return years.stream().filter(y -> y.cents() > 0).count() > 1;
  }

  /** JSON-friendly form, stored as process variable {@code earmarkPlan}. */
  public List<Map<String, Object>> toVariable() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (YearAmount y : years) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("year", y.year());
      row.put("amountCents", y.cents());
      rows.add(row);
    }
    return rows;
  }

  public static EarmarkPlan fromVariable(Object variable) {
    List<YearAmount> years = new ArrayList<>();
    for (Object row : (List<?>) variable) {
      Map<?, ?> map = (Map<?, ?>) row;
      years.add(new YearAmount(((Number) map.get("year")).intValue(), ((Number) map.get("amountCents")).longValue()));
    }
    return new EarmarkPlan(years);
  }
}
