package be.clusterpact.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestExecutionListeners;

/**
 * For a {@link ProcessEngineTest} class of process scenarios: writes coverage reports to {@code
 * target/process-test-coverage} and fails the build when the class's scenarios together cover less
 * than every flow node and sequence flow of the processes they run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ProcessEngineCoverageConfiguration.class, FullProcessTestCoverage.Gate.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface FullProcessTestCoverage {

  @TestConfiguration
  class Gate {
    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      return properties();
    }

    /**
     * The gate; a class whose scenarios also run processes that another class covers leaves those
     * out. Such a class imports its own {@code @Primary} bean built with this.
     */
    public static ProcessEngineCoverageProperties properties(String... processKeysCoveredElsewhere) {
      return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0)
          .excludeProcessDefinitionKeys(processKeysCoveredElsewhere).build();
    }
  }
}
