package vn.followup.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every field of Camunda's commands that the write guard reads is there under the name it reads,
 * with what the caller gave: an engine upgrade that renames one fails here (no Spring, no engine).
 */
@Tag("fast")
class CommandInputsTest {

  private static final Map<String, Object> VALUES = Map.of("responseText", "Đã thực hiện");

  @Test
  void readsTheTaskAndTheValuesOfEveryTaskWrite() {
    CompleteTaskCmd complete = new CompleteTaskCmd("t1", VALUES);
    assertThat((String) CommandInputs.field(complete, "taskId")).isEqualTo("t1");
    assertThat((Map<?, ?>) CommandInputs.field(complete, "variables")).isEqualTo(VALUES);
    SubmitTaskFormCmd submit = new SubmitTaskFormCmd("t1", VALUES, false, false);
    assertThat((String) CommandInputs.field(submit, "taskId")).isEqualTo("t1");
    assertThat((VariableMap) CommandInputs.field(submit, "properties")).containsAllEntriesOf(VALUES);
    SetTaskVariablesCmd set = new SetTaskVariablesCmd("t1", VALUES, true);
    assertThat((String) CommandInputs.field(set, "entityId")).isEqualTo("t1");
    assertThat((Map<?, ?>) CommandInputs.field(set, "variables")).isEqualTo(VALUES);
    assertThat((Boolean) CommandInputs.field(set, "isLocal")).isTrue();
    PatchTaskVariablesCmd patch = new PatchTaskVariablesCmd("t1", VALUES, List.of("old"), false);
    assertThat((String) CommandInputs.field(patch, "entityId")).isEqualTo("t1");
    assertThat((Map<?, ?>) CommandInputs.field(patch, "variables")).isEqualTo(VALUES);
    assertThat((Collection<Object>) CommandInputs.field(patch, "deletions")).containsExactly("old");
    assertThat((String) CommandInputs.field(new RemoveTaskVariablesCmd("t1", List.of("old"), false), "entityId"))
        .isEqualTo("t1");
  }

  @Test
  void readsTheTaskOfEveryCommandThatNamesOne() {
    assertThat(CommandInputs.taskId(new ClaimTaskCmd("t1", "u"))).isEqualTo("t1");
    assertThat(CommandInputs.taskId(new CompleteTaskCmd("t1", VALUES))).isEqualTo("t1");
    assertThat(CommandInputs.taskId(new HandleTaskBpmnErrorCmd("t1", "E"))).isEqualTo("t1");
    assertThat(CommandInputs.taskId(new HandleTaskEscalationCmd("t1", "E"))).isEqualTo("t1");
    assertThat(CommandInputs.taskId(new AddCommentCmd("t1", null, "ý kiến"))).isEqualTo("t1");
    assertThat(CommandInputs.taskId(new CreateAttachmentCmd("pdf", "t1", null, "tệp", null, null, "u"))).isEqualTo("t1");
    assertThat(CommandInputs.taskId(new GetTaskFormVariablesCmd("t1", null, true))).isEqualTo("t1");
    assertThat(CommandInputs.taskId(new ExecuteFilterListCmd("f1"))).isNull();
    assertThat((String) CommandInputs.field(new AssignTaskCmd("t1", "u"), "userId")).isEqualTo("u");
  }

  @Test
  void readsWhatAStartAFilterAndAVariableReadCarry() {
    SubmitStartFormCmd startForm = new SubmitStartFormCmd("pd1", "bk", VALUES);
    assertThat((String) CommandInputs.field(startForm, "processDefinitionId")).isEqualTo("pd1");
    assertThat((VariableMap) CommandInputs.field(startForm, "variables")).containsAllEntriesOf(VALUES);
    ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl
        .createProcessInstanceByKey(null, "Process_Notice");
    assertThat((Object) CommandInputs.field(new StartProcessInstanceCmd(builder), "instantiationBuilder"))
        .isSameAs(builder);
    TaskQueryImpl query = new TaskQueryImpl();
    assertThat((Object) CommandInputs.field(new ExecuteFilterListCmd("f1", query), "extendingQuery")).isSameAs(query);
    assertThat((String) CommandInputs.field(new GetTaskVariableCmd("t1", "v", false), "taskId")).isEqualTo("t1");
    assertThat((String) CommandInputs.field(new GetTaskVariableCmdTyped("t1", "v", false, true), "variableName"))
        .isEqualTo("v");
    assertThat((String) CommandInputs.field(new GetTaskVariablesCmd("t1", null, false, true), "taskId"))
        .isEqualTo("t1");
  }
}
