package vn.followup.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

@FastTest
class ProcessVariableTest {

  record Planned(String label, LocalDate day, List<String> items) {
  }

  @Test
  void aJsonStringReadsAsItsTextNotAsItsQuotedJson() {
    ProcessVariable<String> coordinator = ProcessVariable.json("coordinator", String.class);

    assertThat(coordinator.of("\"phong-tnmt\"")).isEqualTo("phong-tnmt");
    assertThat(coordinator.from(Map.of("coordinator", coordinator.typed("phong-tnmt")))).isEqualTo("phong-tnmt");
  }

  @Test
  void aRecordIsWrittenAsJsonWithIsoDaysAndReadBack() {
    ProcessVariable<Planned> planned = ProcessVariable.json("planned", Planned.class);
    Planned report = new Planned("Báo cáo năm", LocalDate.of(2026, 12, 31), List.of("1", "2.1"));

    JsonValue stored = (JsonValue) planned.typed(report);

    assertThat(stored.getValueSerialized()).contains("\"day\":\"2026-12-31\"");
    assertThat(planned.of(stored.getValueSerialized())).isEqualTo(report);
  }

  @Test
  void aValueOfAnotherTypeIsRefusedWithTheVariablesName() {
    assertThatThrownBy(() -> ProcessVariable.date("dueAt").from(Map.of("dueAt", Variables.stringValue("2026-12-31"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Variable dueAt holds String, not Date");
  }
}
