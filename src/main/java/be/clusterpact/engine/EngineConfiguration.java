package be.clusterpact.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys everything in {@code bpmn/} and {@code forms/} (packaged into the jar) as one deployment
 * named {@code clusterpact}, with stable resource names such as {@code forms/sign-clusterpact.form}.
 *
 * <p>Duplicate filtering compares with the last deployment of that name: a restart with unchanged
 * models deploys nothing; a change redeploys the whole set, so forms bound with {@code
 * formRefBinding="deployment"} and the DMN bound with {@code decisionRefBinding="deployment"} always
 * come with their process. (The starter's auto-deployment is off: it names resources by absolute
 * file path and leaves {@code .form} files out.)
 */
@Component
class EngineConfiguration extends AbstractCamundaConfiguration {

  static final String DEPLOYMENT_NAME = "clusterpact";
  static final String[] PATTERNS = {"classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn", "classpath*:forms/**/*.form"};
  private static final Logger LOG = LoggerFactory.getLogger(EngineConfiguration.class);

  private final StartupLock startupLock = new StartupLock();
  private final DataSource dataSource;
  private final ListableBeanFactory beanFactory;

  EngineConfiguration(DataSource dataSource, ListableBeanFactory beanFactory) {
    this.dataSource = dataSource;
    this.beanFactory = beanFactory;
  }

  /**
   * Nodes starting at the same moment take turns creating the schema and deploying (PostgreSQL).
   * Expressions in models reach only the allowed beans, inside the {@link ExpressionSandbox}; every
   * new deployment passes the {@link ModelGuard} first.
   */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    startupLock.acquire(dataSource);
    ModelBeans beans = new ModelBeans(beanFactory);
    configuration.setBeans(beans.asMap());
    configuration.setExpressionManager(ExpressionSandbox.expressionManager(beans.asMap()));
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(new ModelGuard(new ModelCheck(beans.names())));
  }

  /** Engine metrics reach the database (and so /actuator/prometheus on every node) once a minute. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getDbMetricsReporter() != null) {
      configuration.getDbMetricsReporter().setReportingIntervalInSeconds(60);
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Map<String, Resource> models = models();
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME).source("clusterpact-engine").enableDuplicateFiltering(false);
    models.forEach((name, resource) -> {
      try (InputStream content = resource.getInputStream()) {
        deployment.addString(name, new String(content.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read model " + name, e);
      }
    });
    try {
      Deployment deployed = deployment.deploy();
      LOG.info("Models {} in deployment '{}' ({})", models.keySet(), DEPLOYMENT_NAME, deployed.getId());
      TaskQueryStatistics.ensure(dataSource);
    } finally {
      startupLock.release();
    }
  }

  static Map<String, Resource> models() {
    Map<String, Resource> models = new TreeMap<>();
    try {
      for (String pattern : PATTERNS) {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
          String url = resource.getURL().toString();
          String folder = pattern.contains("forms/") ? "forms/" : "bpmn/";
          models.put(url.substring(url.lastIndexOf(folder)), resource);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the models", e);
    }
    return models;
  }
}
