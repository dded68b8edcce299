package be.clusterpact.negotiation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which policy domain each negotiating agency falls under, as the decision table
 * {@code Decision_AgencyPolicyDomain} (bpmn/agency-policy-domains.dmn) says for the current government.
 */
public final class AgencyPolicyDomains {

  private AgencyPolicyDomains() {}

  /** The mapping with one more agency; a table that gives no known domain is a modelling error. */
  public static Map<String, String> with(Map<?, ?> mapping, Object agency, Object policyDomain) {
    if (!(agency instanceof String code) || !AgencyCatalogue.isKnown(code)) {
      throw new IllegalStateException("Unknown agency " + agency + " in the policy-domain lookup");
    }
    if (!(policyDomain instanceof String domain) || !PolicyDomains.isKnown(domain)) {
      throw new IllegalStateException("Decision_AgencyPolicyDomain gives no known policy domain for " + code
          + " (got " + policyDomain + "); add a row for it in bpmn/agency-policy-domains.dmn");
    }
    Map<String, String> result = new LinkedHashMap<>();
    if (mapping != null) {
      mapping.forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
    }
    result.put(code, domain);
    return result;
  }

  /** The domain of one agency in a mapping built by {@link #with}. */
  public static String of(Map<?, ?> mapping, String agency) {
    Object domain = mapping == null ? null : mapping.get(agency);
    if (domain == null) {
      throw new IllegalStateException("No policy domain determined for agency " + agency);
    }
    return (String) domain;
  }
}
