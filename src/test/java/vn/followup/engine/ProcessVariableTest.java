package vn.followup.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import vn.followup.item.ReviewDecision;
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

  /** A declaration's holder, as a process's {@code Values}: one variable under two names. */
  static final class Declared {
    static final ProcessVariable<String> SUMMARY = ProcessVariable.text("responseSummary")
        .asked(InputRule.text("Trích yếu", 500).required()).audited();
    static final ProcessVariable<String> SUMMARY_ALIAS = SUMMARY;
    static final ProcessVariable<Boolean> PLANNED = ProcessVariable.flag("hasCoordinators").recordedElsewhere();
    static final ProcessVariable<String> DECISION = ProcessVariable.text("reviewDecision")
        .audited("Kết quả thẩm định văn bản").chosenFrom(ReviewDecision.class);
  }

  @Test
  void aDeclarationCarriesItsInputAuditLabelChoicesAndHistoryTreatment() {
    assertThat(Declared.SUMMARY.input().key()).as("the rule is the variable's").isEqualTo("responseSummary");
    assertThat(Declared.SUMMARY.input().mandatory()).isTrue();
    assertThat(Declared.SUMMARY.input().maxLength()).isEqualTo(500);
    assertThat(Declared.SUMMARY.auditLabel()).as("audited under its input's label").isEqualTo("Trích yếu");
    assertThat(Declared.DECISION.input()).isNull();
    assertThat(Declared.DECISION.choices()).isEqualTo(ReviewDecision.choices()).containsKey("ACCEPT");
    assertThat(Declared.PLANNED.isRecordedElsewhere()).isTrue();
    assertThat(ProcessVariable.text("noticeLabel").labelled("Thông báo").label()).as("a column's heading")
        .isEqualTo("Thông báo");
    assertThat(Declared.SUMMARY.label()).isNull();
    assertThat(Declared.SUMMARY.isRecordedElsewhere()).isFalse();
    assertThatThrownBy(() -> ProcessVariable.text("closedBy").audited()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closedBy");
  }

  @Test
  void theVariablesOfAHolderAreListedOnceEachAndTheRecordedElsewhereByName() {
    assertThat(ProcessVariable.declaredIn(Declared.class)).extracting(ProcessVariable::name)
        .containsExactly("responseSummary", "hasCoordinators", "reviewDecision");
    assertThat(ProcessVariable.recordedElsewhereIn(Declared.class)).containsExactly("hasCoordinators");
  }

  @Test
  void aFormMayAskTheVariableByItsOwnRuleAndTheOthersKeepTheRuleForEveryForm() {
    ProcessVariable<String> decision = ProcessVariable.text("decisionNumber")
        .asked(InputRule.text("Số, ký hiệu văn bản quyết định", 50))
        .askedIn("Form_OfficeChangeDeadline", rule -> rule.required().labelled(rule.label() + " của Ban Thường vụ"));

    assertThat(decision.input("Form_OfficeStopItem")).isSameAs(decision.input());
    assertThat(decision.input().mandatory()).isFalse();
    InputRule board = decision.input("Form_OfficeChangeDeadline");
    assertThat(board.label()).isEqualTo("Số, ký hiệu văn bản quyết định của Ban Thường vụ");
    assertThat(board.mandatory()).isTrue();
    assertThat(board.maxLength()).isEqualTo(50);
    assertThat(board.key()).isEqualTo("decisionNumber");
    assertThat(board.forms()).containsExactly("Form_OfficeChangeDeadline");
    assertThat(decision.inputs()).containsExactly(decision.input(), board);
    assertThatThrownBy(() -> ProcessVariable.text("newDeadline").askedIn("Form_OfficeReopenItem", InputRule::required))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("newDeadline");
  }

  @Test
  void aListDeclaresItsRowsAndAnotherProcessAsksADeclarationWithoutDeclaringItAgain() {
    ProcessVariable<List<Object>> items = ProcessVariable.list("items")
        .withRows(InputRule.text("number", "Số thứ tự", 20).required().onlyIn("Form_RegisterNotice"));
    ProcessVariable<String> itemNumber = ProcessVariable.text("itemNumber");
    ProcessVariable<String> asked = itemNumber.asked(items.row("number"));

    assertThat(items.row("number").label()).isEqualTo("Số thứ tự");
    assertThatThrownBy(() -> items.row("text")).hasMessageContaining("text");
    assertThat(asked.input().key()).as("asked under its own name, by every form").isEqualTo("itemNumber");
    assertThat(asked.input().forms()).isEmpty();
    assertThat(asked.isSameDeclarationAs(itemNumber)).isTrue();
    assertThat(asked.isSameDeclarationAs(ProcessVariable.text("itemNumber"))).as("a second declaration").isFalse();
  }
}
