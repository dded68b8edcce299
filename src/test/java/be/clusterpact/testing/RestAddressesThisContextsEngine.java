package be.clusterpact.testing;

import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Several Spring test contexts live side by side in one test JVM (the context cache), each with an
 * engine named {@code default}; Camunda's REST API and webapps look the engine up by name in one
 * static registry, where the last engine built (or nothing, once a context was closed) answers. Before
 * each test this points the name at the engine of the test's own context, so a REST call reaches the
 * engine the test asserts on, whatever order the test classes run in (the same for the webapps, which
 * look engines up in the platform's runtime container).
 */
public class RestAddressesThisContextsEngine extends AbstractTestExecutionListener {

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void prepareTestInstance(TestContext testContext) {
    pointAtOwnEngine(testContext);
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    pointAtOwnEngine(testContext);
  }

  private static void pointAtOwnEngine(TestContext testContext) {
    ProcessEngine engine = testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).getIfAvailable();
    if (engine == null) {
      return;
    }
    if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
      ProcessEngines.registerProcessEngine(engine);
    }
    // The webapps look engines up in the platform's container, which keeps the first one registered.
    RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
    ProcessEngine registered = container.getProcessEngineService().getProcessEngine(engine.getName());
    if (registered != engine) {
      if (registered != null) {
        container.unregisterProcessEngine(registered);
      }
      container.registerProcessEngine(engine);
    }
  }
}
