package be.clusterpact.budget;

/**
 * Who books and from where: the process instance and step make a booking idempotent (a retried or
 * duplicated job finds its entries and books nothing twice).
 */
public record LedgerStep(String processInstanceId, String pactBusinessKey, String step, String actor) {}
