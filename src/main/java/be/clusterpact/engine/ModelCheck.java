package be.clusterpact.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The checks a deployment passes before the engine takes it, engine-free: the models may run only
 * this application's beans (see {@link ModelExpressions}; no {@code camunda:class}, no scripts, no
 * connectors, no embedded HTML forms), every form, decision and called process bound with {@code
 * binding="deployment"} is in the same deployment, every delegate bean exists, and every user task
 * has a candidate group or an assignee. Each problem names the file, the element ID, what is wrong and
 * how to fix it.
 */
final class ModelCheck {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String INCLUDE_FILES = "deploy samen met de modellen: in Camunda Modeler bij Deploy onder 'Include"
      + " additional files' de bestanden uit bpmn/ en forms/ toevoegen (of via REST alle bestanden in één"
      + " deployment/create)";
  private static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{\\s*([A-Za-z_$][\\w$]*)\\s*}");
  private static final Pattern FEEL_EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\s*\\{");
  private static final String USE_DELEGATE = "laat een ontwikkelaar de logica als bean in deze toepassing toevoegen en"
      + " verwijs ernaar met camunda:delegateExpression=\"${naamVanDeBean}\"";

  private final Set<String> beans;
  private final ModelExpressions expressions;

  /** @param beans the names of the beans models may use (delegates, listeners, model functions) */
  ModelCheck(Set<String> beans) {
    this.beans = beans;
    this.expressions = new ModelExpressions(beans);
  }

  /** Every problem of the deployment, by resource name (in name order); empty when it may be deployed. */
  List<String> problems(Map<String, byte[]> resources) {
    Map<String, byte[]> sorted = new TreeMap<>(resources);
    Deployment deployment = new Deployment(sorted.keySet());
    Map<String, Document> models = new TreeMap<>();
    sorted.forEach((name, content) -> {
      if (isBpmn(name) || isDmn(name)) {
        try {
          Document document = parse(content);
          models.put(name, document);
          collectIds(document.getDocumentElement(), isBpmn(name) ? "process" : "decision",
              isBpmn(name) ? deployment.processes : deployment.decisions);
        } catch (SAXException | IOException e) {
          deployment.problem(name, null, "het bestand kan niet gelezen worden als XML (" + e.getMessage() + ")",
              "open en bewaar het opnieuw in Camunda Modeler");
        }
      } else if (name.endsWith(".form")) {
        formId(content).ifPresentOrElse(deployment.forms::add, () -> deployment.problem(name, null,
            "het formulier kan niet gelezen worden of heeft geen id", "open en bewaar het opnieuw in Camunda Modeler"));
      } else if (name.endsWith(".cmmn") || name.endsWith(".cmmn11.xml")) {
        deployment.problem(name, null, "CMMN-modellen worden niet gebruikt", "laat het bestand weg");
      }
    });
    models.forEach((name, document) -> {
      if (isBpmn(name)) {
        checkBpmn(deployment, name, document.getDocumentElement());
      } else {
        checkDmn(deployment, name, document.getDocumentElement(), "feel");
      }
    });
    return deployment.problems;
  }

  static boolean isBpmn(String name) {
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
  }

  static boolean isDmn(String name) {
    return name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
  }

  /** What one deployment holds, and what is wrong with it. */
  private static final class Deployment {
    final Set<String> resources;
    final Set<String> forms = new HashSet<>();
    final Set<String> decisions = new HashSet<>();
    final Set<String> processes = new HashSet<>();
    final List<String> problems = new ArrayList<>();

    Deployment(Set<String> resources) {
      this.resources = resources;
    }

    void problem(String file, Element element, String what, String fix) {
      String where = element == null ? file : file + ", " + elementId(element);
      problems.add(where + ": " + what + " — " + fix);
    }
  }

  private void checkBpmn(Deployment deployment, String file, Element element) {
    String name = element.getLocalName();
    boolean camunda = CAMUNDA.equals(element.getNamespaceURI());
    if (name.equals("scriptTask") || camunda && name.equals("script") || element.hasAttribute("scriptFormat")
        || element.hasAttribute("language")) {
      deployment.problem(file, element, "scripts zijn niet toegelaten (" + name + ")", USE_DELEGATE);
      return;
    }
    if (camunda && name.equals("connector")) {
      deployment.problem(file, element, "connectors (camunda:connector) zijn niet toegelaten", USE_DELEGATE);
      return;
    }
    if (camunda && name.equals("constraint") && "validator".equals(element.getAttribute("name"))) {
      checkBeanReference(deployment, file, element, "config", element.getAttribute("config"));
    }
    if (name.equals("userTask")) {
      checkPerformer(deployment, file, element);
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      checkBpmnAttribute(deployment, file, element, (Attr) attributes.item(i));
    }
    checkReferences(deployment, file, element);
    if (!name.equals("documentation") && !name.equals("text")) {
      checkText(deployment, file, element, false);
    }
    children(element).forEach(child -> checkBpmn(deployment, file, child));
  }

  private void checkBpmnAttribute(Deployment deployment, String file, Element element, Attr attribute) {
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    String value = attribute.getValue();
    boolean camunda = CAMUNDA.equals(attribute.getNamespaceURI())
        || attribute.getNamespaceURI() == null && CAMUNDA.equals(element.getNamespaceURI());
    if (!camunda) {
      checkExpression(deployment, file, element, name, value);
      return;
    }
    switch (name) {
      case "class", "variableMappingClass" -> deployment.problem(file, element,
          attribute.getName() + "=\"" + value + "\" (een Java-klasse bij naam) is niet toegelaten", USE_DELEGATE);
      case "resource" -> deployment.problem(file, element,
          attribute.getName() + "=\"" + value + "\" (een extern script) is niet toegelaten", USE_DELEGATE);
      case "delegateExpression", "variableMappingDelegateExpression" ->
          checkBeanReference(deployment, file, element, attribute.getName(), value);
      case "formKey" -> checkFormKey(deployment, file, element, value);
      default -> checkExpression(deployment, file, element, attribute.getName(), value);
    }
  }

  private void checkExpression(Deployment deployment, String file, Element element, String place, String value) {
    if (ModelExpressions.hasExpression(value)) {
      expressions.problem(value).ifPresent(problem -> deployment.problem(file, element, place + ": " + problem,
          "gebruik een variabele, vaste tekst of een methode van een bean van deze toepassing met variabelen als"
              + " argumenten (zie README, 'Wat een proceseigenaar in een model mag zetten')"));
    }
  }

  private void checkText(Deployment deployment, String file, Element element, boolean always) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        String text = child.getNodeValue().strip();
        if (always && !text.isEmpty() && !ModelExpressions.hasExpression(text)) {
          text = "${" + text + "}";
        }
        checkExpression(deployment, file, element, "<" + element.getLocalName() + ">", text);
      }
    }
  }

  /** {@code ${bean}} naming a bean of this application. */
  private void checkBeanReference(Deployment deployment, String file, Element element, String place, String value) {
    Matcher reference = BEAN_REFERENCE.matcher(value.strip());
    if (!reference.matches()) {
      deployment.problem(file, element, place + "=\"" + value + "\" is geen verwijzing naar een bean",
          "schrijf ${naamVanDeBean} met een bean van deze toepassing");
    } else if (!beans.contains(reference.group(1))) {
      deployment.problem(file, element, place + ": bean '" + reference.group(1) + "' bestaat niet in deze toepassing",
          "kies een bestaande bean (zie README) of laat een ontwikkelaar ze toevoegen");
    }
  }

  private static void checkFormKey(Deployment deployment, String file, Element element, String value) {
    String deployed = "camunda-forms:deployment:";
    if (value.startsWith(deployed)) {
      if (!deployment.resources.contains(value.substring(deployed.length()))) {
        deployment.problem(file, element, "formulier '" + value.substring(deployed.length())
            + "' (camunda:formKey) zit niet in deze deployment", INCLUDE_FILES);
      }
    } else {
      deployment.problem(file, element, "camunda:formKey=\"" + value + "\" is niet toegelaten (geen ingebedde of"
          + " externe formulieren)", "gebruik een Camunda Form: camunda:formRef met camunda:formRefBinding=\"deployment\"");
    }
  }

  private static void checkPerformer(Deployment deployment, String file, Element task) {
    boolean assigned = !task.getAttributeNS(CAMUNDA, "candidateGroups").isBlank()
        || !task.getAttributeNS(CAMUNDA, "assignee").isBlank()
        || children(task).stream().anyMatch(c -> c.getLocalName().equals("potentialOwner")
            || c.getLocalName().equals("humanPerformer"));
    if (!assigned) {
      deployment.problem(file, task, "gebruikerstaak zonder kandidaatgroep en zonder toegewezen gebruiker: niemand"
          + " ziet ze in Tasklist", "vul in Camunda Modeler onder 'User assignment' de 'Candidate groups' in (bv."
          + " vlaio-cluster-team)");
    }
  }

  /** Forms, decisions and called processes bound to this deployment must be in it. */
  private static void checkReferences(Deployment deployment, String file, Element element) {
    String formRef = element.getAttributeNS(CAMUNDA, "formRef");
    if (boundToDeployment(element, "formRefBinding", formRef) && !deployment.forms.contains(formRef)) {
      deployment.problem(file, element, "formulier '" + formRef + "' (camunda:formRef) zit niet in deze deployment",
          "neem het .form-bestand met id " + formRef + " mee; " + INCLUDE_FILES);
    }
    String decisionRef = element.getAttributeNS(CAMUNDA, "decisionRef");
    if (boundToDeployment(element, "decisionRefBinding", decisionRef) && !deployment.decisions.contains(decisionRef)) {
      deployment.problem(file, element, "beslissing '" + decisionRef + "' (camunda:decisionRef) zit niet in deze"
          + " deployment", "neem het .dmn-bestand met beslissing " + decisionRef + " mee; " + INCLUDE_FILES);
    }
    String calledElement = element.getLocalName().equals("callActivity") ? element.getAttribute("calledElement") : "";
    if (boundToDeployment(element, "calledElementBinding", calledElement)
        && !deployment.processes.contains(calledElement)) {
      deployment.problem(file, element, "opgeroepen proces '" + calledElement + "' (calledElement) zit niet in deze"
          + " deployment", "neem het .bpmn-bestand met proces " + calledElement + " mee; " + INCLUDE_FILES);
    }
  }

  private static boolean boundToDeployment(Element element, String binding, String reference) {
    return !reference.isBlank() && !ModelExpressions.hasExpression(reference)
        && "deployment".equals(element.getAttributeNS(CAMUNDA, binding));
  }

  /** DMN: FEEL (evaluated without Java access) or JUEL held to the same rules as BPMN; no script languages. */
  private void checkDmn(Deployment deployment, String file, Element element, String inheritedLanguage) {
    String language = element.hasAttribute("expressionLanguage")
        ? element.getAttribute("expressionLanguage").toLowerCase(Locale.ROOT) : inheritedLanguage;
    boolean juel = language.equals("juel");
    if (!juel && !language.contains("feel")) {
      deployment.problem(file, element, "expressietaal '" + language + "' is niet toegelaten",
          "gebruik FEEL (de standaard in Camunda Modeler)");
      return;
    }
    if (element.getLocalName().equals("text")) {
      checkText(deployment, file, element, juel);
      if (!juel && FEEL_EXTERNAL_FUNCTION.matcher(element.getTextContent()).find()) {
        deployment.problem(file, element, "externe FEEL-functies (Java) zijn niet toegelaten",
            "schrijf de regel in FEEL of laat een ontwikkelaar ze in Java toevoegen");
      }
    }
    children(element).forEach(child -> checkDmn(deployment, file, child, language));
  }

  private static Document parse(byte[] content) throws SAXException, IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(content));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser without secure processing", e);
    }
  }

  private static Optional<String> formId(byte[] content) {
    try {
      JsonNode id = new ObjectMapper().readTree(content).path("id");
      return id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void collectIds(Element element, String localName, Set<String> ids) {
    if (element.getLocalName().equals(localName) && element.hasAttribute("id")) {
      ids.add(element.getAttribute("id"));
    }
    children(element).forEach(child -> collectIds(child, localName, ids));
  }

  private static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        children.add(e);
      }
    }
    return children;
  }

  /** The ID of the element, or of the nearest enclosing element with one, with the tag when that differs. */
  private static String elementId(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (e.hasAttribute("id")) {
        return e == element ? e.getAttribute("id") : e.getAttribute("id") + " (" + element.getTagName() + ")";
      }
    }
    return element.getTagName();
  }
}
