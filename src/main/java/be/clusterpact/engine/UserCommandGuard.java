package be.clusterpact.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * An engine-side rule on what a user may ask the engine: runs before every outermost command that a
 * user (an authenticated caller, through /engine-rest, the webapps' own API or Java code acting for
 * a user) gives the engine, whatever URL led there. Commands without an authenticated user (the job
 * executor, the application's own calls) and commands nested in another command are the
 * application's own work and pass unchecked. A command the guard cannot inspect is refused.
 */
public abstract class UserCommandGuard extends CommandInterceptor {

  private ProcessEngineConfigurationImpl configuration;

  /** Registers the guard before the engine's own interceptors (call from {@code preInit}). */
  public void registerWith(ProcessEngineConfigurationImpl engineConfiguration) {
    this.configuration = engineConfiguration;
    addBeforeEngine(engineConfiguration, this);
  }

  /** Adds an interceptor that runs before the engine's own ones (transaction, command context). */
  public static void addBeforeEngine(ProcessEngineConfigurationImpl engineConfiguration, CommandInterceptor interceptor) {
    if (engineConfiguration.getCustomPreCommandInterceptorsTxRequired() == null) {
      engineConfiguration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    engineConfiguration.getCustomPreCommandInterceptorsTxRequired().add(interceptor);
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null) {
      Authentication user = configuration.getIdentityService().getCurrentAuthentication();
      if (user != null && user.getUserId() != null) {
        check(command, user);
        return next.execute(adapt(command, user));
      }
    }
    return next.execute(command);
  }

  /** Refuses the command (throws) or lets it pass. */
  protected abstract void check(Command<?> command, Authentication user);

  /** The command to run instead, e.g. one that a narrower rule than the engine's allows; by default itself. */
  protected <T> Command<T> adapt(Command<T> command, Authentication user) {
    return command;
  }

  protected ProcessEngineConfigurationImpl configuration() {
    return configuration;
  }

  /** Members of the engine's administrator groups (camunda-admin) and administrator users. */
  protected boolean isAdministrator(Authentication user) {
    Collection<String> adminGroups = configuration.getAdminGroups();
    Collection<String> adminUsers = configuration.getAdminUsers();
    return (adminUsers != null && adminUsers.contains(user.getUserId()))
        || (adminGroups != null && user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(adminGroups::contains));
  }

  /** A 403 with a message in Dutch, for the REST API and the webapps alike. */
  protected static AuthorizationException forbidden(Authentication user, String message) {
    return new AuthorizationException(user.getUserId() + ": " + message);
  }

  /** A field of one of the engine's command objects; unreadable (another engine version): refused. */
  protected static Object field(Object command, String name) {
    try {
      return accessible(command, name).get(command);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new AuthorizationException("Deze opdracht kan niet nagekeken worden en wordt geweigerd ("
          + command.getClass().getSimpleName() + "." + name + ")");
    }
  }

  protected static void setField(Object command, String name, Object value) {
    try {
      accessible(command, name).set(command, value);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new AuthorizationException("Deze opdracht kan niet nagekeken worden en wordt geweigerd ("
          + command.getClass().getSimpleName() + "." + name + ")");
    }
  }

  private static Field accessible(Object command, String name) throws NoSuchFieldException {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException notHere) {
        // look in the superclass (ResolveTaskCmd extends CompleteTaskCmd)
      }
    }
    throw new NoSuchFieldException(name);
  }
}
