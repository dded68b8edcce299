package be.clusterpact.budget;

import java.time.Instant;

/** One append-only line of the Hermes fund ledger. */
public record LedgerEntry(long id, int year, LedgerEntryKind kind, long amountCents, String pactBusinessKey,
                          String processInstanceId, String step, String recordedBy, Instant recordedAt, String note) {}
