package be.clusterpact.approval;

import be.clusterpact.kernel.Approvals;
import be.clusterpact.kernel.Dates;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the ministers' approval round stands, as every minister's approval form shows it: per cabinet
 * approved or rejected with the date (Brussels), or still open.
 */
public final class DecisionOverview {

  private DecisionOverview() {}

  /**
   * @param cabinets the cabinets asked in this round, in order
   * @param decisionOf a cabinet's decision record of this round ({@code decision}, {@code decidedAt}),
   *     {@code null} while it is open
   * @return one Markdown list item per cabinet
   */
  public static String of(List<String> cabinets, Function<String, Object> decisionOf) {
    return cabinets.stream()
        .map(cabinet -> "- " + CabinetCatalogue.displayName(cabinet) + ": " + state(decisionOf.apply(cabinet)))
        .collect(Collectors.joining("\n"));
  }

  private static String state(Object record) {
    if (!(record instanceof Map<?, ?> decision) || decision.get("decision") == null) {
      return "nog open";
    }
    String verdict = Approvals.APPROVE.equals(decision.get("decision")) ? "**goedgekeurd**" : "**afgekeurd**";
    Object decidedAt = decision.get("decidedAt");
    return decidedAt == null ? verdict
        : verdict + " op " + Dates.typed(Dates.inBrussels(Instant.parse(decidedAt.toString())));
  }
}
