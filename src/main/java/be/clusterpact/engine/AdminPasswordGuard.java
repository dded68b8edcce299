package be.clusterpact.engine;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code postgres} profile without an administrator password, before any bean
 * (and so before the engine would create an administrator with an empty password).
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

  static final String PASSWORD_VARIABLE = "CLUSTERPACT_ADMIN_PASSWORD";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    boolean postgres = Arrays.asList(environment.getActiveProfiles()).contains("postgres");
    String password = environment.getProperty(PASSWORD_VARIABLE);
    if (postgres && (password == null || password.isBlank())) {
      throw new IllegalStateException(
          "The postgres profile needs an administrator password: set the environment variable "
              + PASSWORD_VARIABLE + " (the user name comes from CLUSTERPACT_ADMIN_USER, default 'admin').");
    }
  }
}
