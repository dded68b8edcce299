package be.clusterpact.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;

class JsonVariablesTest {

  @Test
  void structuredDataIsStoredAsJsonOfPlainListsAndMapsNeverOfTheJdksInternalImmutableTypes() {
    ObjectValue cabinets = JsonVariables.json(List.of("economy", "budget"));
    assertThat(cabinets.getSerializationDataFormat()).isEqualTo("application/json");
    assertThat(cabinets.getValue()).isExactlyInstanceOf(ArrayList.class).isEqualTo(List.of("economy", "budget"));

    Object nested = JsonVariables.plain(Map.of("years", List.of(Map.of("year", 2027))));
    assertThat(nested).isExactlyInstanceOf(LinkedHashMap.class);
    Object years = ((Map<?, ?>) nested).get("years");
    assertThat(years).isExactlyInstanceOf(ArrayList.class);
    assertThat(((List<?>) years).get(0)).isExactlyInstanceOf(LinkedHashMap.class).isEqualTo(Map.of("year", 2027));
  }

  @Test
  void aRecordForPeopleIsSpinJsonThatCockpitShowsAsText() {
    var pact = JsonVariables.document(Map.of("businessKey", "CP-SIM-2026", "agencies", List.of("FIT", "WSE")));
    assertThat(pact.getType().getName()).isEqualTo("json");
    assertThat(pact.getValue().prop("agencies").elements()).hasSize(2);
    assertThat(pact.getValue().toString()).contains("\"businessKey\":\"CP-SIM-2026\"");
  }

  @Test
  void aRecordReadsBackAsPlainMapsAndListsWhetherStoredAsJsonOrAsAMapBefore() {
    Map<String, Object> stored = Map.of("businessKey", "CP-SIM-2026", "earmark", List.of(Map.of("year", 2027, "amountCents", 30_000_000_000L)));
    Map<String, Object> fromJson = JsonVariables.record("clusterpact", JsonVariables.document(stored).getValue());
    Map<String, Object> fromMap = JsonVariables.record("clusterpact", stored);

    for (Map<String, Object> pact : List.of(fromJson, fromMap)) {
      assertThat(pact.get("businessKey")).isEqualTo("CP-SIM-2026");
      Map<?, ?> year = (Map<?, ?>) ((List<?>) pact.get("earmark")).get(0);
      assertThat(((Number) year.get("year")).intValue()).isEqualTo(2027);
      assertThat(((Number) year.get("amountCents")).longValue()).isEqualTo(30_000_000_000L);
    }
    assertThat(JsonVariables.record("clusterpact", null)).isNull();
  }
}
