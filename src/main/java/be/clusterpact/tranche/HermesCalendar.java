package be.clusterpact.tranche;

import be.clusterpact.kernel.Dates;
import be.clusterpact.engine.ModelFunctions;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Used in timer expressions: {@code ${hermesCalendar.startOfYear(trancheYear)}} (the maximum is checked
 * when the budget year begins) and {@code ${hermesCalendar.endOfYear(trancheYear)}} (the annual report
 * over the year is assessed once the year has passed).
 */
@Component("hermesCalendar")
@ModelFunctions
public class HermesCalendar {


  /** Midnight of 1 January of the budget year, Brussels time. */
  public Date startOfYear(Object year) {
    return Date.from(LocalDate.of(((Number) year).intValue(), 1, 1).atStartOfDay(Dates.BRUSSELS).toInstant());
  }

  /** The budget year has passed: midnight of 1 January of the next year, Brussels time. */
  public Date endOfYear(Object year) {
    return startOfYear(((Number) year).intValue() + 1);
  }
}
