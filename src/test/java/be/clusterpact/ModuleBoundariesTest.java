package be.clusterpact;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** negotiation, budget, approval and platform depend on each other without cycles or internals. */
class ModuleBoundariesTest {

  @Test
  void modulesRespectTheirBoundaries() {
    ApplicationModules.of(ClusterpactApplication.class).verify();
  }
}
