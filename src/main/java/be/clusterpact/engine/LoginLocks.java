package be.clusterpact.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Login throttling that nobody can turn into a permanent lock-out: each wrong password makes the
 * user wait longer before the next login (Camunda's login delay: 3 s, 6 s, 12 s …) up to {@code
 * clusterpact.login.max-lock-seconds}, and a user is never locked for good (Camunda would lock after
 * ten wrong passwords until an administrator unlocks: anyone who knows a user name could do that).
 * From {@code clusterpact.login.alert-after-attempts} wrong passwords in a row on, every refusal is
 * logged as a warning and counted in metric {@value #METRIC} (Prometheus: {@code
 * clusterpact_login_throttled_total}) for administrators.
 */
@Component
class LoginLocks extends AbstractCamundaConfiguration {

  static final String METRIC = "clusterpact.login.throttled";
  private static final Logger LOG = LoggerFactory.getLogger(LoginLocks.class);

  private final int maxLockSeconds;
  private final int alertAfterAttempts;
  private final Counter throttled;

  LoginLocks(@Value("${clusterpact.login.max-lock-seconds:300}") int maxLockSeconds,
      @Value("${clusterpact.login.alert-after-attempts:5}") int alertAfterAttempts, MeterRegistry metrics) {
    this.maxLockSeconds = maxLockSeconds;
    this.alertAfterAttempts = alertAfterAttempts;
    this.throttled = Counter.builder(METRIC)
        .description("Wrong passwords refused after alert-after-attempts in a row (password guessing or a forgotten password)")
        .register(metrics);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setLoginDelayMaxTime(maxLockSeconds);
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    UserCommandGuard.addBeforeEngine(configuration, new Alert(configuration));
  }

  /** After a refused password: a warning and the metric once the user's wrong attempts reach the threshold. */
  final class Alert extends CommandInterceptor {
    private final ProcessEngineConfigurationImpl configuration;

    Alert(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (command instanceof CheckPassword && Boolean.FALSE.equals(result) && Context.getCommandContext() == null) {
        Object userId = UserCommandGuard.field(command, "userId");
        UserEntity user = configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
            () -> (UserEntity) context.getReadOnlyIdentityProvider().findUserById(String.valueOf(userId))));
        if (user != null && user.getAttempts() >= alertAfterAttempts) {
          throttled.increment();
          LOG.warn("Login of user {} refused: {} wrong passwords in a row; next login possible after {}",
              user.getId(), user.getAttempts(), user.getLockExpirationTime());
        }
      }
      return result;
    }
  }
}
