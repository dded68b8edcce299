package be.clusterpact.testing;

import be.clusterpact.ClusterpactApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a second application on the test database, as a restart would, and stops it again; or a
 * further node that runs next to the test's own, with its job executor on.
 */
public final class Restart {

  /**
   * These applications need the engine, the database and the REST API, not Camunda's webapps, whose
   * lazily initialised filters keep JVM-wide state: a webapp registered and then closed would leave
   * every later test application of the JVM with broken webapps.
   */
  static final String WITHOUT_WEBAPPS = "--camunda.bpm.webapp.enabled=false";

  private Restart() {}

  public static void ofTheApplication(String... arguments) {
    String[] all = new String[arguments.length + 3];
    all[0] = "--camunda.bpm.job-execution.enabled=false";
    all[1] = "--server.port=0";
    all[2] = WITHOUT_WEBAPPS;
    System.arraycopy(arguments, 0, all, 3, arguments.length);
    try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(ClusterpactApplication.class)
        .profiles("postgres", "test").run(all)) {
      if (!restarted.isRunning()) {
        throw new IllegalStateException("The restarted application is not running");
      }
    }
  }

  /**
   * Another application node on the test database with its job executor on, polling every 200 ms and
   * retrying a failed job within seconds (so a test sees what would take minutes in production).
   */
  public static ConfigurableApplicationContext node(String... arguments) {
    return nodeApplication(arguments).run(nodeArguments(arguments));
  }

  /**
   * A node started at the same moment as another one: it leaves the JVM's logging set-up to the other
   * node. Spring Boot's logging initialisation keeps JVM-wide state (system properties), and two
   * applications initialising it at once in one JVM may fail ({@code Unknown format
   * 'CONSOLE_LOG_STRUCTURED_FORMAT_IS_UNDEFINED'}); two real nodes are two JVMs and never meet it.
   */
  public static ConfigurableApplicationContext nodeStartedAlongsideAnother(String... arguments) {
    SpringApplication application = nodeApplication(arguments);
    application.setListeners(application.getListeners().stream()
        .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
    return application.run(nodeArguments(arguments));
  }

  private static SpringApplication nodeApplication(String... arguments) {
    return new SpringApplicationBuilder(ClusterpactApplication.class).profiles("postgres", "test").build();
  }

  private static String[] nodeArguments(String... arguments) {
    String[] all = new String[arguments.length + 7];
    all[0] = "--server.port=0";
    all[1] = "--camunda.bpm.job-execution.enabled=true";
    all[2] = "--camunda.bpm.job-execution.wait-time-in-millis=200";
    all[3] = "--camunda.bpm.job-execution.max-wait=1000";
    all[4] = "--camunda.bpm.generic-properties.properties.failedJobRetryTimeCycle=R5/PT2S";
    all[5] = "--spring.jmx.enabled=false";
    all[6] = WITHOUT_WEBAPPS;
    System.arraycopy(arguments, 0, all, 7, arguments.length);
    return all;
  }
}
