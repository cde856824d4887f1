package vn.followup.system.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;
import vn.followup.system.history.FollowupHistoryLevel;
import vn.followup.support.FastTest;

@FastTest
class FollowupHistoryLevelTest {

  private final FollowupHistoryLevel level = new FollowupHistoryLevel(Set.of("noticeLabel"),
      Map.of("Process_FollowUpItem", Set.of("receiptDueAt")));

  @Test
  void keepsTheHistoryOfEveryVariableNoFeatureDeclaredRecordedElsewhere() {
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
        variable("responseDueAt", "Process_FollowUpItem:3:4f1c", null))).isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
        variable("receiptDueAt", "Process_Other:1:9", null))).as("same name, another process").isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
        variable("noticeLabel", "Process_Notice:1:9", null))).as("a process variable, not a task's copy").isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_START, new ExecutionEntity()))
        .isTrue();
  }

  @Test
  void writesNoHistoryOfDeclaredVariablesNorFormPropertyEvents() {
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
        variable("receiptDueAt", "Process_FollowUpItem:3:4f1c", null))).isFalse();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_DELETE,
        variable("noticeLabel", "Process_FollowUpItem:3:4f1c", "task-1"))).isFalse();
    HistoricVariableUpdateEventEntity update = new HistoricVariableUpdateEventEntity();
    update.setVariableName("receiptDueAt");
    update.setProcessDefinitionKey("Process_FollowUpItem");
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, update)).isFalse();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.FORM_PROPERTY_UPDATE, null)).isFalse();
  }

  @Test
  void readsTheKeyOnlyFromDefinitionIdsTheEngineMade() {
    assertThat(FollowupHistoryLevel.key("Process_FollowUpItem:12:8d2e-11")).isEqualTo("Process_FollowUpItem");
    assertThat(FollowupHistoryLevel.key("a3f9c2")).isNull();
    assertThat(FollowupHistoryLevel.key(null)).isNull();
  }

  private static VariableInstanceEntity variable(String name, String definitionId, String taskId) {
    VariableInstanceEntity variable = new VariableInstanceEntity();
    variable.setName(name);
    variable.setProcessDefinitionId(definitionId);
    variable.setTaskId(taskId);
    return variable;
  }
}
