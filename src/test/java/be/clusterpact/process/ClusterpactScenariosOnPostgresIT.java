package be.clusterpact.process;

import be.clusterpact.testing.PostgresEngineTest;

/** The clusterpact scenarios of {@link ClusterpactScenariosTest} once more, on PostgreSQL (mvn verify). */
@PostgresEngineTest
class ClusterpactScenariosOnPostgresIT extends ClusterpactScenariosTest {}
