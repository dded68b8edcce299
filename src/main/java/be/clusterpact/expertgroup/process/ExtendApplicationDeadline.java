package be.clusterpact.expertgroup.process;

import be.clusterpact.expertgroup.CallVariables;
import be.clusterpact.expertgroup.ExpertGroupCall;
import be.clusterpact.expertgroup.ExpertGroupCallRepository;
import be.clusterpact.expertgroup.Extensions;
import be.clusterpact.process.EuExpertGroupApplicationProcess;
import be.clusterpact.process.EuExpertGroupCallProcess;
import be.clusterpact.kernel.Dates;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completes "Deadline voor kandidaturen opvolgen": the desk's later deadline, in the call's row (screening reads
 * it there) and in {@code applicationsCloseAt}, which the deadline timer reads when the task is created again.
 */
@Component("extendApplicationDeadline")
public class ExtendApplicationDeadline implements TaskListener {

  private final ExpertGroupCallRepository calls;

  ExtendApplicationDeadline(ExpertGroupCallRepository calls) {
    this.calls = calls;
  }

  @Override
  public void notify(DelegateTask task) {
    ExpertGroupCall call = calls.lock((String) task.getVariable(EuExpertGroupApplicationProcess.CALL_BUSINESS_KEY));
    LocalDate deadline = Extensions.applicationDeadline(call, task.getVariable(EuExpertGroupCallProcess.NEW_APPLICATION_DEADLINE), Dates.now());
    calls.extendApplicationDeadline(call.key(), deadline);
    CallVariables.applicationDeadline(task, call.withApplicationDeadline(deadline));
    task.setVariable(EuExpertGroupCallProcess.NEW_APPLICATION_DEADLINE, null);
  }
}
