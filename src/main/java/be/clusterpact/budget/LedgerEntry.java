package be.clusterpact.budget;

import java.time.Instant;

/**
 * One append-only line of the Hermes fund ledger.
 *
 * @param conditional booked while the year had no maximum yet, so not checked against one
 */
public record LedgerEntry(long id, int year, LedgerEntryKind kind, long amountCents, String pactBusinessKey,
                          String processInstanceId, String step, String recordedBy, Instant recordedAt, String note,
                          boolean conditional) {}
