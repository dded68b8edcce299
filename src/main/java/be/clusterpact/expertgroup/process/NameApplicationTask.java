package be.clusterpact.expertgroup.process;

import be.clusterpact.process.EuExpertGroupCallProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Names an application's task after the applicant in Tasklist, e.g. "… – Provincie Antwerpen (openbare instantie)". */
@Component("nameApplicationTask")
public class NameApplicationTask implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setName(task.getName() + " – " + task.getVariable(EuExpertGroupCallProcess.APPLICANT_DISPLAY_NAME));
  }
}
