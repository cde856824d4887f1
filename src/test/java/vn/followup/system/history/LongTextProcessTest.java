package vn.followup.system.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.followup.support.ProcessTest;
import vn.followup.system.history.FollowupHistoryLevel;
import vn.followup.support.ApplicationTestBase;

/**
 * Texts longer than the engine's 4,000-character column (a pasted notice, a long list of items)
 * pass through a submitted form and a plain variable, and come back whole from the runtime and
 * the history, still typed String; short texts are stored as before.
 */
@ProcessTest
class LongTextProcessTest extends ApplicationTestBase {

  static final String NOTICE_TEXT = "Toàn văn thông báo kết luận, đoạn lặp lại. ".repeat(400);

  String definition;

  @BeforeEach
  void deployAWaitingProcess() {
    repositoryService.createDeployment().addModelInstance("long-text.bpmn",
        Bpmn.createExecutableProcess("Process_LongText").startEvent().userTask("Task_Wait").endEvent().done()).deploy();
    definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("Process_LongText")
        .latestVersion().singleResult().getId();
  }

  @Test
  void keepsALongTextSubmittedThroughAStartFormWhole() {
    assertThat(NOTICE_TEXT.length()).isGreaterThan(4000);

    ProcessInstance instance = formService.submitStartForm(definition,
        Variables.createVariables().putValueTyped("noticeText", Variables.stringValue(NOTICE_TEXT)).putValue("short", "ngắn"));

    StringValue stored = runtimeService.getVariableTyped(instance.getId(), "noticeText");
    assertThat(stored.getValue()).isEqualTo(NOTICE_TEXT);
    assertThat(stored.getType().getName()).isEqualTo("string");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("noticeText").singleResult().getValue()).isEqualTo(NOTICE_TEXT);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("short").singleResult().getValue()).isEqualTo("ngắn");
    runtimeService.deleteProcessInstance(instance.getId(), "kiểm thử");
  }

  @Test
  void keepsALongPlainVariableAndKeepsTheHistoryLevelFull() {
    ProcessInstance instance = runtimeService.startProcessInstanceById(definition, Map.of("answer", NOTICE_TEXT));

    assertThat(runtimeService.getVariable(instance.getId(), "answer")).isEqualTo(NOTICE_TEXT);
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryLevel()).isInstanceOf(FollowupHistoryLevel.class);
    assertThat(configuration.getHistoryLevel().getName()).isEqualTo("full");
    assertThat(configuration.getHistoryLevel().getId()).isEqualTo(3);
    runtimeService.deleteProcessInstance(instance.getId(), "kiểm thử");
  }
}
