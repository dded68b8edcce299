package be.clusterpact.access;

import be.clusterpact.engine.UserCommandGuard;
import java.util.Objects;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Staff act for themselves only, whichever API they call: a task is claimed for oneself (claiming it
 * for a colleague is assigning, for administrators) and given back by its assignee (Tasklist's
 * "unclaim" sets the assignee to nothing, which the engine checks as assigning, TASK_ASSIGN, a
 * permission task workers do not hold: it is allowed here for the assignee only), and an account's profile (name, e-mail) is
 * changed by administrators only: staff change their own password and nothing else (deleting their
 * account is not granted at all, see {@link WorkerGrants}).
 */
class StaffActForThemselves extends UserCommandGuard {

  @Override
  protected void check(Command<?> command, Authentication user) {
    if (isAdministrator(user)) {
      return;
    }
    if (command instanceof ClaimTaskCmd) {
      Object claimant = field(command, "userId");
      if (claimant != null && !claimant.equals(user.getUserId())) {
        throw forbidden(user, "een taak neemt u enkel zelf op; toewijzen aan iemand anders doen beheerders");
      }
    } else if (command instanceof SaveUserCmd) {
      User changed = (User) field(command, "user");
      User stored = configuration().getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
          () -> context.getReadOnlyIdentityProvider().findUserById(changed.getId())));
      if (stored == null || !Objects.equals(stored.getFirstName(), changed.getFirstName())
          || !Objects.equals(stored.getLastName(), changed.getLastName())
          || !Objects.equals(stored.getEmail(), changed.getEmail())) {
        throw forbidden(user, "u kunt enkel uw wachtwoord wijzigen; naam en e-mail wijzigen beheerders");
      }
    }
  }

  @Override
  protected <T> Command<T> adapt(Command<T> command, Authentication user) {
    if (!(command instanceof AssignTaskCmd) || field(command, "userId") != null || isAdministrator(user)) {
      return command;
    }
    String taskId = (String) field(command, "taskId");
    return context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      boolean ownTask = task != null && user.getUserId().equals(task.getAssignee());
      return ownTask ? context.runWithoutAuthorization(() -> command.execute(context)) : command.execute(context);
    };
  }
}
