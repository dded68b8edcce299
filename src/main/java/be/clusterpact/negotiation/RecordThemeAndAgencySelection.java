package be.clusterpact.negotiation;

import be.clusterpact.platform.JsonVariables;
import be.clusterpact.platform.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes "Thema's en agentschappen selecteren": fixed themes and FIT/WSE are always in. */
@Component("recordThemeAndAgencySelection")
class RecordThemeAndAgencySelection implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String themesText = Texts.optional("clusterSpecificThemes", task.getVariable("clusterSpecificThemes"), 2000);
    List<String> themes = themesText == null ? List.of() : Arrays.asList(themesText.split("\\R"));
    ThemeSelection.Selection selection = ThemeSelection.select(themes,
        JsonVariables.stringList("selectedAgencies", task.getVariable("selectedAgencies")));
    Texts.optional("selectionMotivation", task.getVariable("selectionMotivation"), 2000);
    task.setVariable("themes", JsonVariables.json(selection.themes()));
    task.setVariable("additionalAgencies", JsonVariables.json(selection.additionalAgencies()));
    task.setVariable("negotiatingAgencies", JsonVariables.json(selection.negotiatingAgencies()));
    task.setVariable(CollectAgencyPolicyDomain.VARIABLE, JsonVariables.json(Map.of()));
  }
}
