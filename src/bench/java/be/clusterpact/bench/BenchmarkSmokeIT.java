package be.clusterpact.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark in miniature on the test database, so it cannot rot unnoticed: a few pacts through
 * both APIs, a small backlog, a few queries; the result files exist and every figure is positive.
 */
class BenchmarkSmokeIT {

  static final Path OUTPUT = Path.of("target/bench-smoke");

  @Test
  void aSmallRunWritesPositiveFigures() throws Exception {
    BenchSettings tiny = new BenchSettings(3, 2, 2, 2, 1, 20, 60, 60, 5, 1, 1500, 180, 0, OUTPUT, List.of());

    BenchReport report = Benchmark.run(tiny, "postgres", "test");

    assertThat(OUTPUT.resolve("results.md")).exists();
    assertThat(Files.readString(OUTPUT.resolve("results.md"))).isEqualTo(report.markdown())
        .contains("Ratio to the engine floor", "Tasklist query `filter`");
    JsonNode json = new ObjectMapper().readTree(OUTPUT.resolve("results.json").toFile());
    for (String phase : List.of("engineFloor", "lifecycleJava", "lifecycleRest")) {
      assertThat(json.at("/" + phase + "/instances").asInt()).as(phase).isEqualTo(phase.equals("engineFloor") ? 20
          : phase.equals("lifecycleJava") ? 3 : 1);
      assertThat(json.at("/" + phase + "/transactionsPerInstance").asDouble()).as(phase).isPositive();
      assertThat(json.at("/" + phase + "/instancesPerSecond").asDouble()).as(phase).isPositive();
      assertThat(json.at("/" + phase + "/completionP95Millis").asDouble()).as(phase).isPositive();
    }
    assertThat(json.at("/lifecycleJava/byTask/Task_AssessAnnualReport/completions").asInt())
        .as("three tranche years per pact").isEqualTo(9);
    assertThat(json.at("/ratios/engineFloor").asDouble()).isPositive();
    assertThat(json.at("/database/jdbcCommitsPerSecond").asDouble()).isPositive();
    assertThat(json.at("/ratios/databaseLimit").asDouble()).isPositive();
    assertThat(json.at("/tasklist/visibleToUser").asLong()).as("the member sees its groups' tasks").isPositive();
    for (String kind : List.of("list", "count", "filter")) {
      assertThat(json.at("/tasklist/" + kind + "/queries").asInt()).isEqualTo(5);
      assertThat(json.at("/tasklist/" + kind + "/p95Millis").asDouble()).isPositive();
    }
    assertThat(json.at("/boot/toHealthUpMillis").asDouble()).isPositive();
    assertThat(json.at("/heap/usedAfterLoadMb").asDouble()).isPositive();
  }
}
