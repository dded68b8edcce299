package be.clusterpact.operations;

import be.clusterpact.process.ClusterpactProcess;
import be.clusterpact.process.HermesAnnualMaximumProcess;
import be.clusterpact.process.HermesTrancheReleaseProcess;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * Engine figures for {@code /actuator/prometheus}: open incidents, jobs out of retries, executable
 * jobs and running instances per process (read when scraped), and the engine's own counters (jobs
 * executed and failed, activity instances, decisions) summed over every node from the database.
 */
@Component
class EngineMetrics implements MeterBinder {

  static final List<String> PROCESSES = List.of(ClusterpactProcess.KEY, HermesAnnualMaximumProcess.KEY,
      HermesTrancheReleaseProcess.KEY);
  static final List<String> COUNTERS = List.of(Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED, Metrics.JOB_ACQUISITION_ATTEMPT,
      Metrics.JOB_ACQUIRED_SUCCESS, Metrics.JOB_LOCKED_EXCLUSIVE, Metrics.ACTIVTY_INSTANCE_START,
      Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.EXECUTED_DECISION_ELEMENTS);

  private final ProcessEngine engine;

  EngineMetrics(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("clusterpact.incidents.open", engine, e -> e.getRuntimeService().createIncidentQuery().count())
        .description("Open incidents (Cockpit shows them with their message)").register(registry);
    Gauge.builder("clusterpact.jobs.failed", engine, e -> e.getManagementService().createJobQuery().noRetriesLeft().count())
        .description("Jobs whose retries are used up").register(registry);
    Gauge.builder("clusterpact.jobs.executable", engine, e -> e.getManagementService().createJobQuery().executable().count())
        .description("Jobs due and waiting for the job executor").register(registry);
    for (String process : PROCESSES) {
      Gauge.builder("clusterpact.instances.running", engine,
              e -> e.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(process).count())
          .tag("process", process).description("Running process instances").register(registry);
    }
    for (String counter : COUNTERS) {
      FunctionCounter.builder("camunda.engine." + counter, engine,
              e -> e.getManagementService().createMetricsQuery().name(counter).sum())
          .description("Camunda engine metric '" + counter + "', all nodes").register(registry);
    }
  }
}
