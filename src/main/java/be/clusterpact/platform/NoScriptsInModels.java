package be.clusterpact.platform;

import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Models may not run scripts: a deployment with a script task, a {@code camunda:script} (listener,
 * input/output mapping) or a script condition is refused with the element that holds it. Logic lives
 * in reviewed, tested Java delegates; a model upload cannot smuggle in code.
 */
class NoScriptsInModels extends AbstractBpmnParseListener {

  @Override
  public void parseRootElement(Element root, List<ProcessDefinitionEntity> processDefinitions) {
    refuseScripts(root);
  }

  private static void refuseScripts(Element element) {
    String tag = element.getTagName();
    String local = tag.substring(tag.indexOf(':') + 1);
    boolean script = local.equals("scriptTask") || local.equals("script")
        || element.attribute("scriptFormat") != null
        || (local.equals("conditionExpression") && element.attribute("language") != null);
    if (script) {
      String id = element.attribute("id");
      throw new InvalidInputException("model", "scripts are not allowed in this engine (<" + local + ">"
          + (id != null ? " id=\"" + id + "\"" : "") + " at line " + element.getLine() + "); use a Java delegate");
    }
    element.elements().forEach(NoScriptsInModels::refuseScripts);
  }
}
