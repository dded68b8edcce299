package be.clusterpact.expertgroup;

import be.clusterpact.testing.PostgresEngineTest;

/** The EU expert group scenarios of {@link EuExpertGroupScenariosTest} once more, on PostgreSQL (mvn verify). */
@PostgresEngineTest
class EuExpertGroupScenariosOnPostgresIT extends EuExpertGroupScenariosTest {}
