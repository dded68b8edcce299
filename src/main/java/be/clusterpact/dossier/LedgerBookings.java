package be.clusterpact.dossier;

import be.clusterpact.budget.EuroAmounts;
import be.clusterpact.budget.HermesLedger;
import be.clusterpact.budget.LedgerEntry;
import be.clusterpact.budget.YearStatus;
import be.clusterpact.dossier.AuditStep.LabelledValue;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The pact's bookings in the Hermes fund ledger as steps of its audit trail. */
@Component
class LedgerBookings implements AuditSource {

  static final String PROCESS = "Hermesfonds";

  private final HermesLedger ledger;

  LedgerBookings(HermesLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public List<AuditStep> stepsOf(AuditedPact pact) {
    return ledger.entries(pact.businessKey()).stream().map(LedgerBookings::step).toList();
  }

  static AuditStep step(LedgerEntry entry) {
    List<LabelledValue> values = new ArrayList<>();
    values.add(new LabelledValue("Begrotingsjaar", String.valueOf(entry.year())));
    values.add(new LabelledValue("Bedrag", EuroAmounts.format(entry.amountCents())));
    if (entry.note() != null && !entry.note().isBlank()) {
      values.add(new LabelledValue("Opmerking", entry.note()));
    }
    return new AuditStep(entry.recordedAt(), StepKind.LEDGER_BOOKING, PROCESS, YearStatus.entryLabel(entry),
        entry.recordedBy(), values);
  }
}
