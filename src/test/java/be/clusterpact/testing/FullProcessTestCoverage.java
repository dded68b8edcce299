package be.clusterpact.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The coverage gate of a class of process scenarios: writes coverage reports to {@code
 * target/process-test-coverage} and fails the build when the class's scenarios together cover less
 * than every flow node and sequence flow of the processes they run, except the processes another
 * scenario class covers ({@link #coveredElsewhere()}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface FullProcessTestCoverage {

  /** Keys of processes these scenarios start but another class covers (e.g. a called process). */
  String[] coveredElsewhere() default {};

  /** Puts the gate of the test class's annotation into its application context (test resources' spring.factories). */
  class Gate implements ContextCustomizerFactory {
    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configurations) {
      FullProcessTestCoverage gate = AnnotatedElementUtils.findMergedAnnotation(testClass, FullProcessTestCoverage.class);
      return gate == null ? null : new Properties(List.of(gate.coveredElsewhere()));
    }
  }

  /** Equal for equal exclusions, so classes with the same gate share a cached context. */
  record Properties(List<String> coveredElsewhere) implements ContextCustomizer {
    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
      RootBeanDefinition gate = new RootBeanDefinition(ProcessEngineCoverageProperties.class,
          () -> ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0)
              .excludeProcessDefinitionKeys(coveredElsewhere.toArray(String[]::new)).build());
      gate.setPrimary(true);
      ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("fullProcessTestCoverageGate", gate);
    }
  }
}
