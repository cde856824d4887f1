package vn.followup.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.FollowupCommandInputs;
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
 * Every input of Camunda's commands that the write guard reads is read with what the caller gave,
 * and every command class of the engine that names a task is one the guard reads the task of.
 */
@Tag("fast")
class CommandInputsTest {

  private static final Map<String, Object> VALUES = Map.of("responseText", "Đã thực hiện");

  @Test
  void readsTheTaskAndTheValuesOfEveryTaskWrite() {
    CompleteTaskCmd complete = new CompleteTaskCmd("t1", VALUES);
    assertThat(CommandInputs.taskId(complete)).isEqualTo("t1");
    assertThat(FollowupCommandInputs.variables(complete)).isEqualTo(VALUES);
    SubmitTaskFormCmd submit = new SubmitTaskFormCmd("t1", VALUES, false, false);
    assertThat(CommandInputs.taskId(submit)).isEqualTo("t1");
    assertThat(FollowupCommandInputs.properties(submit)).containsAllEntriesOf(VALUES);
    SetTaskVariablesCmd set = new SetTaskVariablesCmd("t1", VALUES, true);
    assertThat(FollowupCommandInputs.entityId(set)).isEqualTo("t1");
    assertThat(FollowupCommandInputs.variables(set)).isEqualTo(VALUES);
    assertThat(FollowupCommandInputs.isLocal(set)).isTrue();
    PatchTaskVariablesCmd patch = new PatchTaskVariablesCmd("t1", VALUES, List.of("old"), false);
    assertThat(FollowupCommandInputs.entityId(patch)).isEqualTo("t1");
    assertThat(FollowupCommandInputs.variables(patch)).isEqualTo(VALUES);
    assertThat(FollowupCommandInputs.deletions(patch)).containsExactly("old");
    assertThat(FollowupCommandInputs.entityId(new RemoveTaskVariablesCmd("t1", List.of("old"), false)))
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
    assertThat(FollowupCommandInputs.userId(new AssignTaskCmd("t1", "u"))).isEqualTo("u");
  }

  @Test
  void readsWhatAStartAFilterAndAVariableReadCarry() {
    SubmitStartFormCmd startForm = new SubmitStartFormCmd("pd1", "bk", VALUES);
    assertThat(FollowupCommandInputs.processDefinitionId(startForm)).isEqualTo("pd1");
    assertThat(FollowupCommandInputs.variables(startForm)).containsAllEntriesOf(VALUES);
    ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl
        .createProcessInstanceByKey(null, "Process_Notice");
    assertThat((Object) FollowupCommandInputs.instantiationBuilder(new StartProcessInstanceCmd(builder)))
        .isSameAs(builder);
    TaskQueryImpl query = new TaskQueryImpl();
    assertThat((Object) FollowupCommandInputs.extendingQuery(new ExecuteFilterListCmd("f1", query))).isSameAs(query);
    assertThat(CommandInputs.taskId(new GetTaskVariableCmd("t1", "v", false))).isEqualTo("t1");
    assertThat(FollowupCommandInputs.variableName(new GetTaskVariableCmdTyped("t1", "v", false, true)))
        .isEqualTo("v");
    assertThat(CommandInputs.taskId(new GetTaskVariablesCmd("t1", null, false, true)))
        .isEqualTo("t1");
  }

  @Test
  void readsTheTaskOfADeployedFormRequest() {
    assertThat(CommandInputs.taskId(new GetDeployedTaskFormCmd("t1"))).isEqualTo("t1");
  }

  /** A command class of the engine with a task field of its own that the guard would not read is a hole. */
  @Test
  void everyCommandClassOfTheEngineThatNamesATaskIsRead() {
    Set<String> unread = new TreeSet<>();
    for (JavaClass type : new ClassFileImporter().importPackages("org.camunda.bpm")) {
      boolean namesATask = type.getFields().stream()
          .anyMatch(field -> field.getName().equals("taskId") && field.getRawType().isEquivalentTo(String.class));
      boolean read = FollowupCommandInputs.NAMING_A_TASK.stream().anyMatch(listed -> type.isAssignableTo(listed))
          || type.isAssignableTo(GetDeployedTaskFormCmd.class);
      // Queries are checked as queries by the guard, never by a task they name.
      boolean query = type.isAssignableTo(org.camunda.bpm.engine.impl.AbstractQuery.class);
      if (namesATask && !query && type.isAssignableTo(org.camunda.bpm.engine.impl.interceptor.Command.class) && !read) {
        unread.add(type.getName());
      }
    }
    assertThat(unread).isEmpty();
  }
}
