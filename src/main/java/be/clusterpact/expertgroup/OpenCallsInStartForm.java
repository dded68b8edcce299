package be.clusterpact.expertgroup;

import be.clusterpact.kernel.Dates;
import be.clusterpact.engine.UserCommandGuard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * The application's start form as the engine hands it out ({@code FormService.getDeployedStartForm},
 * behind both {@code /engine-rest/…/deployed-start-form} and the webapps' own API that Tasklist uses)
 * carries the open calls as the options of its call select ({@link CallChoices#fill}). Tasklist 7.24
 * loads no variables for a Camunda Form start form, so the options cannot come from a variable.
 * Runs around the engine's command: the engine's authorization check on the definition stays first.
 */
@Component
class OpenCallsInStartForm extends AbstractCamundaConfiguration {

  private final ExpertGroupCallRepository calls;

  OpenCallsInStartForm(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserCommandGuard.addBeforeEngine(configuration, new Filler());
  }

  private final class Filler extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (command instanceof GetDeployedStartFormCmd && result instanceof InputStream form) {
        try (form) {
          @SuppressWarnings("unchecked")
          T filled = (T) new ByteArrayInputStream(CallChoices.fill(form.readAllBytes(), () -> calls.openCalls(Dates.now())));
          return filled;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return result;
    }
  }
}
