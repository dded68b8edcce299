package be.clusterpact.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Empties the PostgreSQL test database once, when the test run starts. */
public class ResetTestDatabaseOnce implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    TestDatabase.reset();
  }
}
