package be.clusterpact.testing;

import be.clusterpact.ClusterpactApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a second application on the test database, as a restart would, and stops it again. */
public final class Restart {

  private Restart() {}

  public static void ofTheApplication(String... arguments) {
    String[] all = new String[arguments.length + 2];
    all[0] = "--camunda.bpm.job-execution.enabled=false";
    all[1] = "--server.port=0";
    System.arraycopy(arguments, 0, all, 2, arguments.length);
    try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(ClusterpactApplication.class)
        .profiles("postgres", "test").run(all)) {
      if (!restarted.isRunning()) {
        throw new IllegalStateException("The restarted application is not running");
      }
    }
  }
}
