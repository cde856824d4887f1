package org.camunda.bpm.engine.impl.cmd;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * What a user's engine command carries, for the follow-up product's write guard
 * ({@code vn.followup.guard.EngineWriteGuard}). Camunda 7.24 CE keeps a command's inputs in
 * protected fields without getters; this class lives in the commands' own package so that it reads
 * them as the compiler checks them, without reflection: an engine whose fields differ does not
 * compile against it. It reads and never changes anything.
 */
public final class FollowupCommandInputs {

  /**
   * The command classes that name a task by their own {@code taskId} field (Camunda 7.24.0), and
   * with them every subclass; {@code CommandInputsTest} checks the list against the engine's classes.
   */
  public static final List<Class<?>> NAMING_A_TASK = List.of(
      AbstractSetTaskPropertyCmd.class,
      AddCommentCmd.class,
      ClaimTaskCmd.class,
      CompleteTaskCmd.class,
      CreateAttachmentCmd.class,
      CreateTaskCmd.class,
      DelegateTaskCmd.class,
      DeleteAttachmentCmd.class,
      DeleteHistoricTaskInstanceCmd.class,
      DeleteIdentityLinkCmd.class,
      DeleteTaskCmd.class,
      DeleteTaskCommentCmd.class,
      GetIdentityLinksForTaskCmd.class,
      GetRenderedTaskFormCmd.class,
      GetTaskAttachmentCmd.class,
      GetTaskAttachmentContentCmd.class,
      GetTaskAttachmentsCmd.class,
      GetTaskCommentCmd.class,
      GetTaskCommentsCmd.class,
      GetTaskEventsCmd.class,
      GetTaskFormCmd.class,
      GetTaskVariableCmd.class,
      GetTaskVariableCmdTyped.class,
      GetTaskVariablesCmd.class,
      HandleTaskBpmnErrorCmd.class,
      HandleTaskEscalationCmd.class,
      SubmitTaskFormCmd.class,
      UpdateCommentCmd.class);

  private FollowupCommandInputs() {
  }

  /** The task a command names, or null when it names none. */
  public static String taskId(Object command) {
    if (command instanceof GetTaskFormVariablesCmd formVariables) {
      return formVariables.resourceId;
    }
    if (command instanceof AbstractSetTaskPropertyCmd<?> named) {
      return named.taskId;
    }
    if (command instanceof AddCommentCmd named) {
      return named.taskId;
    }
    if (command instanceof ClaimTaskCmd named) {
      return named.taskId;
    }
    if (command instanceof CompleteTaskCmd named) {
      return named.taskId;
    }
    if (command instanceof CreateAttachmentCmd named) {
      return named.taskId;
    }
    if (command instanceof CreateTaskCmd named) {
      return named.taskId;
    }
    if (command instanceof DelegateTaskCmd named) {
      return named.taskId;
    }
    if (command instanceof DeleteAttachmentCmd named) {
      return named.taskId;
    }
    if (command instanceof DeleteHistoricTaskInstanceCmd named) {
      return named.taskId;
    }
    if (command instanceof DeleteIdentityLinkCmd named) {
      return named.taskId;
    }
    if (command instanceof DeleteTaskCmd named) {
      return named.taskId;
    }
    if (command instanceof DeleteTaskCommentCmd named) {
      return named.taskId;
    }
    if (command instanceof GetIdentityLinksForTaskCmd named) {
      return named.taskId;
    }
    if (command instanceof GetRenderedTaskFormCmd named) {
      return named.taskId;
    }
    if (command instanceof GetTaskAttachmentCmd named) {
      return named.taskId;
    }
    if (command instanceof GetTaskAttachmentContentCmd named) {
      return named.taskId;
    }
    if (command instanceof GetTaskAttachmentsCmd named) {
      return named.taskId;
    }
    if (command instanceof GetTaskCommentCmd named) {
      return named.taskId;
    }
    if (command instanceof GetTaskCommentsCmd named) {
      return named.taskId;
    }
    if (command instanceof GetTaskEventsCmd named) {
      return named.taskId;
    }
    if (command instanceof GetTaskFormCmd named) {
      return named.taskId;
    }
    if (command instanceof GetTaskVariableCmd named) {
      return named.taskId;
    }
    if (command instanceof GetTaskVariableCmdTyped named) {
      return named.taskId;
    }
    if (command instanceof GetTaskVariablesCmd named) {
      return named.taskId;
    }
    if (command instanceof HandleTaskBpmnErrorCmd named) {
      return named.taskId;
    }
    if (command instanceof HandleTaskEscalationCmd named) {
      return named.taskId;
    }
    if (command instanceof SubmitTaskFormCmd named) {
      return named.taskId;
    }
    if (command instanceof UpdateCommentCmd named) {
      return named.taskId;
    }
    return null;
  }

  public static Map<String, Object> variables(CompleteTaskCmd command) {
    return command.variables;
  }

  public static VariableMap properties(SubmitTaskFormCmd command) {
    return command.properties;
  }

  /** The task or execution whose variables the command sets or removes. */
  public static String entityId(AbstractVariableCmd command) {
    return command.entityId;
  }

  public static String entityId(AbstractPatchVariablesCmd command) {
    return command.entityId;
  }

  public static boolean isLocal(AbstractVariableCmd command) {
    return command.isLocal;
  }

  /** The values the command sets (read only here, so seen as plain objects). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> variables(AbstractSetVariableCmd command) {
    return (Map<String, Object>) command.variables;
  }

  /** The values the command sets (read only here, so seen as plain objects). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> variables(AbstractPatchVariablesCmd command) {
    return (Map<String, Object>) command.variables;
  }

  public static Collection<String> deletions(AbstractPatchVariablesCmd command) {
    return command.deletions;
  }

  public static String processDefinitionId(SubmitStartFormCmd command) {
    return command.processDefinitionId;
  }

  public static VariableMap variables(SubmitStartFormCmd command) {
    return command.variables;
  }

  public static ProcessInstantiationBuilderImpl instantiationBuilder(StartProcessInstanceCmd command) {
    return command.instantiationBuilder;
  }

  /** The user a task is given to (null: given back, "Trả việc"). */
  public static String userId(AbstractAddIdentityLinkCmd command) {
    return command.userId;
  }

  public static String variableName(GetTaskVariableCmd command) {
    return command.variableName;
  }

  public static String variableName(GetTaskVariableCmdTyped command) {
    return command.variableName;
  }

  public static Query<?, ?> extendingQuery(AbstractExecuteFilterCmd command) {
    return command.extendingQuery;
  }
}
