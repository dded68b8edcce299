package be.clusterpact.negotiation;

import be.clusterpact.engine.ModelFunctions;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The Tasklist groups the negotiation's tasks go to, for candidate-group expressions in the model:
 * {@code ${negotiationGroups.agency(agencyCode)}}.
 */
@Component("negotiationGroups")
@ModelFunctions
public class NegotiationGroups {

  /** {@code agency-<code in lower case>}, e.g. {@code agency-ovam}. */
  public static String agencyGroup(String code) {
    return "agency-" + code.toLowerCase(Locale.ROOT);
  }

  public String agency(String code) {
    return agencyGroup(code);
  }
}
