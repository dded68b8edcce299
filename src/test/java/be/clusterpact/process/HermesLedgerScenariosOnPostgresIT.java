package be.clusterpact.process;

import be.clusterpact.testing.PostgresEngineTest;

/**
 * The Hermes fund scenarios (tranche release and annual maximum) of {@link HermesLedgerScenariosTest}
 * once more, on PostgreSQL (mvn verify).
 */
@PostgresEngineTest
class HermesLedgerScenariosOnPostgresIT extends HermesLedgerScenariosTest {}
