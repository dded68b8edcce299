package be.clusterpact.engine;

import be.clusterpact.process.GroupIds;
import static be.clusterpact.process.HermesTrancheReleaseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.clusterpact.testing.PostgresEngineTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Even an expression that never passed the deployment validator — evaluated here directly by the
 * engine's expression manager on a running instance — cannot reach the engine's services, the
 * identity service, other beans or reflection; the expressions the models need still work.
 */
@PostgresEngineTest
class ExpressionSandboxIT {

  @Autowired ProcessEngine engine;
  @Autowired ApplicationContext context;
  ProcessEngineConfigurationImpl configuration;
  ProcessInstance instance;

  @BeforeEach
  void startAnInstanceThatWaits() {
    configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    engine.getRepositoryService().createDeployment().name("sandbox-check").addModelInstance("sandbox.bpmn",
        Bpmn.createExecutableProcess("Process_SandboxCheck").camundaHistoryTimeToLive(1).startEvent()
            .userTask("Task_Wait").camundaCandidateGroups(GroupIds.VLAIO_CLUSTER_TEAM).endEvent().done()).deploy();
    instance = engine.getRuntimeService().startProcessInstanceByKey("Process_SandboxCheck", "CP-SANDBOX-2026",
        Map.of(TRANCHE_YEAR, 2027, "text", "abc"));
  }

  @AfterEach
  void removeIt() {
    engine.getRepositoryService().createDeploymentQuery().deploymentName("sandbox-check").list()
        .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
  }

  Object evaluate(String expression) {
    return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      ExecutionEntity execution = commandContext.getExecutionManager().findExecutionById(instance.getId());
      return configuration.getExpressionManager().createExpression(expression).getValue(execution);
    });
  }

  @Test
  void theAttackOfTheSecurityReviewCannotCreateAnAdministrator() {
    assertThatThrownBy(() -> evaluate(
        "${execution.getProcessEngineServices().getIdentityService().createMembership('eigenaar.demo','camunda-admin')}"))
        .hasMessageContaining("getProcessEngineServices");
    assertThatThrownBy(() -> evaluate("${execution.processEngineServices.identityService}"));
    assertThatThrownBy(() -> evaluate("${execution.processEngine}"));
    assertThat(engine.getIdentityService().createGroupQuery().groupMember("eigenaar.demo").groupId(GroupIds.ADMINISTRATORS).count())
        .isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${''.getClass().forName('java.lang.System')}",
      "${text.getClass().forName('java.lang.Runtime')}",
      "${text.class.classLoader}",
      "${hermesCalendar.getClass()}",
      "${hermesCalendar.startOfYear(trancheYear).getClass()}",
      "${execution.setVariable('pactRejected', true)}",
      "${execution.getVariable('text')}",
      "${identityService}",
      "${processEngine}",
      "${dataSource}",
      "${applicationContext}",
      "${runtimeService}"})
  void engineServicesOtherBeansAndReflectionAreOutOfReach(String expression) {
    assertThatThrownBy(() -> evaluate(expression)).as(expression).isNotNull();
  }

  @Test
  void whatModelsNeedStillWorks() {
    assertThat(evaluate("#{execution.processBusinessKey}")).isEqualTo("CP-SANDBOX-2026");
    assertThat(evaluate("${execution.processInstanceId}")).isEqualTo(instance.getId());
    assertThat(evaluate("${hermesCalendar.startOfYear(trancheYear)}")).isInstanceOf(Date.class);
    assertThat(evaluate("${recordCompletingUser}")).isSameAs(context.getBean("recordCompletingUser"));
    assertThat(evaluate("agency-${text}")).isEqualTo("agency-abc");
    assertThat(evaluate("${trancheYear > 2026 and text == 'abc'}")).isEqualTo(true);
  }

  @Test
  void theAllowListHoldsTheDelegatesListenersAndModelFunctionsOnly() {
    ModelBeans beans = new ModelBeans(context);
    assertThat(beans.names()).contains("hermesCalendar", "recordCompletingUser", "openPactDossier")
        .doesNotContain("processEngine", "identityService", "dataSource", "engineConfiguration")
        .allSatisfy(name -> assertThat(context.getType(name).getName()).startsWith("be.clusterpact."));
  }

  @Test
  void theModelCheckWithoutTheApplicationFindsTheSameAllowList() {
    assertThat(ModelBeans.scan(getClass().getClassLoader())).isEqualTo(new ModelBeans(context).names());
  }

  @Test
  void everyModelAndFormInBpmnAndFormsPassesTheValidator() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (String folder : new String[] {"bpmn", "forms"}) {
      try (Stream<Path> paths = Files.list(Path.of(folder))) {
        for (Path path : paths.toList()) {
          files.put(folder + "/" + path.getFileName(), Files.readAllBytes(path));
        }
      }
    }
    assertThat(files).hasSizeGreaterThan(20);
    assertThat(new ModelCheck(new ModelBeans(context).names()).problems(files)).isEmpty();
  }
}
