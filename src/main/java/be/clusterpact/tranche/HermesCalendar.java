package be.clusterpact.tranche;

import be.clusterpact.platform.ModelFunctions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Used in timer expressions: {@code ${hermesCalendar.startOfYear(trancheYear)}}. */
@Component("hermesCalendar")
@ModelFunctions
public class HermesCalendar {

  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  /** Midnight of 1 January of the budget year, Brussels time. */
  public Date startOfYear(Object year) {
    return Date.from(LocalDate.of(((Number) year).intValue(), 1, 1).atStartOfDay(BRUSSELS).toInstant());
  }
}
