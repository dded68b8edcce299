package be.clusterpact.negotiation.process;

import be.clusterpact.negotiation.ThemeSelection;
import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.kernel.JsonVariables;
import be.clusterpact.kernel.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Thema's en agentschappen selecteren": fixed themes and FIT/WSE are always in. */
@Component("recordThemeAndAgencySelection")
public class RecordThemeAndAgencySelection implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String themesText = Texts.optional(ClusterpactProcess.CLUSTER_SPECIFIC_THEMES, task.getVariable(ClusterpactProcess.CLUSTER_SPECIFIC_THEMES), 2000);
    List<String> themes = themesText == null ? List.of() : Arrays.asList(themesText.split("\\R"));
    ThemeSelection.Selection selection = ThemeSelection.select(themes,
        JsonVariables.stringList(ClusterpactProcess.SELECTED_AGENCIES, task.getVariable(ClusterpactProcess.SELECTED_AGENCIES)));
    Texts.optional(ClusterpactProcess.SELECTION_MOTIVATION, task.getVariable(ClusterpactProcess.SELECTION_MOTIVATION), 2000);
    task.setVariable(ClusterpactProcess.THEMES, JsonVariables.json(selection.themes()));
    task.setVariable(ClusterpactProcess.ADDITIONAL_AGENCIES, JsonVariables.json(selection.additionalAgencies()));
    task.setVariable(ClusterpactProcess.NEGOTIATING_AGENCIES, JsonVariables.json(selection.negotiatingAgencies()));
    task.setVariable(CollectAgencyPolicyDomain.VARIABLE, JsonVariables.json(Map.of()));
  }
}
