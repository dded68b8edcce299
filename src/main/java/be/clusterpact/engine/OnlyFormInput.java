package be.clusterpact.engine;

import be.clusterpact.kernel.InvalidInputException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;

import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * A user completes a task and starts a process with the fields of its Camunda Form only, enforced
 * in the engine, so it holds for /engine-rest, for the webapps' own API (Tasklist) and for every
 * URL variant: complete, submit-form and resolve of a task, start and submit-form of a process by
 * key or by id. A variable the deployed form does not have is refused (400 naming it); a read-only
 * or computed field is accepted only with the value the task shows and is then dropped, so it is
 * never taken from the client; a step without a readable Camunda Form takes no variables (fail
 * closed). A task ends only through its form: a BPMN error or escalation thrown from a task, and a
 * start at chosen activities, are for administrators only (403).
 *
 * <p>Applies to every authenticated user, administrators included for the form rule; calls without
 * an authenticated user (the job executor, the application's own code, tests through the Java API)
 * are not checked: see {@link UserCommandGuard}.
 */
@Component
class OnlyFormInput extends AbstractCamundaConfiguration {

  private final Guard guard = new Guard();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    guard.registerWith(configuration);
  }

  static final class Guard extends UserCommandGuard {

    /**
     * A user's refused completion or start names the field by its label in the form, as the user saw
     * it ({@code Motivering van de afkeuring: is verplicht}), not by its variable name inside the
     * engine's wrapping (ENGINE-03051 …); the REST answer's {@code field} stays the variable name.
     */
    @Override
    public <T> T execute(Command<T> command) {
      Authentication user = configuration().getIdentityService().getCurrentAuthentication();
      boolean byUser = Context.getCommandContext() == null && user != null && user.getUserId() != null;
      try {
        return super.execute(command);
      } catch (RuntimeException refused) {
        InvalidInputException invalid = byUser ? invalidInput(refused) : null;
        if (invalid == null) {
          throw refused;
        }
        InvalidInputException labelled = formOf(command).labelled(invalid);
        throw new FormFieldValidationException(labelled.field(), labelled.getMessage(), labelled);
      }
    }

    private static InvalidInputException invalidInput(Throwable refused) {
      for (Throwable cause = refused; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
        if (cause instanceof InvalidInputException invalid) {
          return invalid;
        }
      }
      return null;
    }

    /** The Camunda Form of the task or start a command is about; none found: a form without fields. */
    private FormFields formOf(Command<?> command) {
      try {
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
          String taskId = (String) field(command, "taskId");
          return withoutAuthorization(context -> form(() -> new GetDeployedTaskFormCmd(taskId).execute(context)));
        }
        String definitionId;
        String key = null;
        String tenantId = null;
        if (command instanceof SubmitStartFormCmd) {
          definitionId = (String) field(command, "processDefinitionId");
        } else if (command instanceof StartProcessInstanceCmd) {
          ProcessInstantiationBuilderImpl start = (ProcessInstantiationBuilderImpl) field(command, "instantiationBuilder");
          definitionId = start.getProcessDefinitionId();
          key = start.getProcessDefinitionKey();
          tenantId = start.getProcessDefinitionTenantId();
        } else {
          return FormFields.none();
        }
        String id = definitionId;
        String byKey = key;
        String tenant = tenantId;
        return withoutAuthorization(context -> {
          ProcessDefinitionEntity definition = definition(context, id, byKey, tenant);
          return definition == null ? FormFields.none()
              : form(() -> new GetDeployedStartFormCmd(definition.getId()).execute(context));
        });
      } catch (RuntimeException noForm) {
        return FormFields.none();
      }
    }

    @Override
    protected void check(Command<?> command, Authentication user) {
      if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
        if (!isAdministrator(user)) {
          throw forbidden(user, "een taak wordt enkel via haar formulier afgerond (BPMN-fout of -escalatie: enkel beheerders)");
        }
      } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
        if (!isAdministrator(user)) {
          throw forbidden(user, "een proces start enkel bij zijn startgebeurtenis (starten bij gekozen stappen: enkel beheerders)");
        }
      } else if (command instanceof CompleteTaskCmd) {
        checkTask(command, "variables");
      } else if (command instanceof SubmitTaskFormCmd) {
        checkTask(command, "properties");
      } else if (command instanceof SubmitStartFormCmd) {
        checkStart(command, (String) field(command, "processDefinitionId"), null, null, "variables");
      } else if (command instanceof StartProcessInstanceCmd) {
        ProcessInstantiationBuilderImpl start = (ProcessInstantiationBuilderImpl) field(command, "instantiationBuilder");
        Map<String, Object> variables = start.getVariables();
        Set<String> readOnly = checkStart(variables, start.getProcessDefinitionId(), start.getProcessDefinitionKey(),
            start.getProcessDefinitionTenantId());
        if (!readOnly.isEmpty()) {
          VariableMap kept = SubmittedVariables.without(variables, readOnly);
          variables.clear();
          variables.putAll(kept);
        }
      }
    }

    private void checkTask(Object command, String variablesField) {
      @SuppressWarnings("unchecked")
      Map<String, Object> variables = (Map<String, Object>) field(command, variablesField);
      if (variables == null || variables.isEmpty()) {
        return;
      }
      String taskId = (String) field(command, "taskId");
      Set<String> readOnly = withoutAuthorization(context -> {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null) {
          return Set.<String>of(); // the command itself answers 404
        }
        return form(() -> new GetDeployedTaskFormCmd(taskId).execute(context)).check(variables, task::getVariable);
      });
      drop(command, variablesField, variables, readOnly);
    }

    private void checkStart(Object command, String definitionId, String key, String tenantId, String variablesField) {
      @SuppressWarnings("unchecked")
      Map<String, Object> variables = (Map<String, Object>) field(command, variablesField);
      Set<String> readOnly = checkStart(variables, definitionId, key, tenantId);
      drop(command, variablesField, variables, readOnly);
    }

    private Set<String> checkStart(Map<String, Object> variables, String definitionId, String key, String tenantId) {
      if (variables == null || variables.isEmpty()) {
        return Set.of();
      }
      return withoutAuthorization(context -> {
        ProcessDefinitionEntity definition = definition(context, definitionId, key, tenantId);
        if (definition == null) {
          return Set.<String>of(); // the command itself answers 404
        }
        return form(() -> new GetDeployedStartFormCmd(definition.getId()).execute(context)).check(variables, name -> null);
      });
    }

    private static ProcessDefinitionEntity definition(CommandContext context, String id, String key, String tenantId) {
      var cache = context.getProcessEngineConfiguration().getDeploymentCache();
      try {
        if (id != null) {
          return cache.findDeployedProcessDefinitionById(id);
        }
        return tenantId == null ? cache.findDeployedLatestProcessDefinitionByKey(key)
            : cache.findDeployedLatestProcessDefinitionByKeyAndTenantId(key, tenantId);
      } catch (RuntimeException notDeployed) {
        return null;
      }
    }

    /** The deployed Camunda Form; none or unreadable: a form without fields (refuses every variable). */
    private static FormFields form(Supplier<InputStream> deployedForm) {
      try {
        return FormFields.read(deployedForm.get());
      } catch (RuntimeException noReadableForm) {
        return FormFields.none();
      }
    }

    private <T> T withoutAuthorization(Function<CommandContext, T> work) {
      try {
        return configuration().getCommandExecutorTxRequired().execute(
            context -> context.runWithoutAuthorization(() -> work.apply(context)));
      } catch (InvalidInputException refused) {
        // the form exception both REST APIs answer with 400 (the message names the field)
        throw new FormFieldValidationException(refused.field(), refused.getMessage(), refused);
      }
    }

    /** Read-only fields are not taken from the client: removed before the engine stores anything. */
    private static void drop(Object command, String variablesField, Map<String, Object> variables, Set<String> readOnly) {
      if (readOnly.isEmpty()) {
        return;
      }
      setField(command, variablesField, SubmittedVariables.without(variables, readOnly));
    }
  }
}
