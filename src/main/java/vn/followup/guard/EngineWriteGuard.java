package vn.followup.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.AbstractNativeQuery;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.AbstractVariableQueryImpl;
import org.camunda.bpm.engine.impl.HistoricDetailQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.HistoricVariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableOrderProperty;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.FollowupCommandInputs;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.followup.engine.FormInputException;
import vn.followup.organisation.Roles;
import vn.followup.system.EnginePluginOrder;
import vn.followup.system.errors.ForbiddenByRoleException;
import vn.followup.system.errors.RefusedRequestException;
import vn.followup.system.ServerCode;

/**
 * What a person may change in a running follow-up, enforced inside the engine, so that the engine
 * REST API, the webapps' API and any other client meet the same rule. It checks every command a
 * user sends (the outermost engine command of a request; what the models' own delegates do inside
 * it is the server's code) unless the user is an administrator or operations ({@code van-hanh},
 * whose repairs the operation log records):
 * <ul>
 *   <li>Completing a task, submitting its form, resolving it, or setting its variables writes only
 *       the editable fields of that task's deployed Camunda Form; a read-only field may come back
 *       unchanged (Tasklist submits it) and is then not written again. Any other variable is refused
 *       with 400 naming it: routing, deadlines, overdue marks, extensions and outcomes are written
 *       by the server's code alone. Starting a process takes only its start form's fields.</li>
 *   <li>No variable of an execution or process instance is set or removed, no task variable is
 *       removed, no BPMN error or escalation is thrown from a task, no message, signal or start
 *       condition is sent, and no instance is modified or restarted: these are the server's.</li>
 *   <li>No query carries an expression ({@code …Expression}, also inside {@code orQueries} or a
 *       filter's extending query): an expression is code, and the engine would evaluate it.</li>
 *   <li>Comments and attachments only on a task the user may work (offered to their agency, or
 *       theirs); never on a process instance; never by the read-only roles.</li>
 *   <li>A task the user may not see is answered exactly like a task that does not exist.</li>
 *   <li>Reading a task's variables as agency staff gives only what that task's form shows, so a
 *       coordinating agency does not read the other coordinators' input or the lead's drafts.</li>
 *   <li>Besides reads (queries, the engine's {@code Get…} commands), a user's command must be one of
 *       the changes of their work ({@link #USER_WRITES}); everything else (jobs, incidents, batches,
 *       deployments, migrations, identity, authorizations …) is refused. This is the second wall
 *       behind the HTTP allowlist ({@code security/OperationAllowlist}).</li>
 *   <li>Who may not read every variable (all but supervisors, auditors, operations and
 *       administrators) sends no condition or order on a variable's value, and reads no history of
 *       values: a query answering "found" to a guess would read the value letter by letter.</li>
 * </ul>
 * Commands from the product's own code on a user's behalf run inside {@link ServerCode}, or are the
 * product's own command classes (no API lets a user send one). Every refusal throws before the
 * command runs, so the whole transaction rolls back: nothing is stored.
 */
@Component
@Order(EnginePluginOrder.WRITE_GUARD)
class EngineWriteGuard extends AbstractProcessEnginePlugin {

  /** Roles whose writes are not limited to forms: they repair instances, and the log records it. */
  private static final Set<String> REPAIRERS = Set.of(Roles.ADMINS, Roles.OPERATIONS);
  /** Roles that read everything of a follow-up (Cockpit), so task variables are not filtered for them. */
  private static final Set<String> READERS = Set.of(Roles.ADMINS, Roles.OPERATIONS, Roles.SUPERVISORS, Roles.AUDITORS);
  /** Commands that send messages, signals or start conditions: the server's alone. */
  private static final List<String> SERVER_EVENTS = List.of("Correlat", "Signal", "MessageEventReceived",
      "StartCondition", "ModifyProcessInstance", "ProcessInstanceModification", "RestartProcessInstance",
      "SetVariablesToProcessInstances", "ExternalTask");

  private static final String PRODUCT_PACKAGE = "vn.followup.";
  private static final Logger LOG = LoggerFactory.getLogger(EngineWriteGuard.class);

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  private final FormFieldCatalog forms = new FormFieldCatalog();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        append(configuration.getCustomPostCommandInterceptorsTxRequired(), new Interceptor()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        append(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new Interceptor()));
    // A task offered to an agency is also readable in its history by that agency (its comments).
    configuration.setEnableHistoricInstancePermissions(true);
  }

  private static List<CommandInterceptor> append(List<CommandInterceptor> list, CommandInterceptor interceptor) {
    List<CommandInterceptor> all = list == null ? new ArrayList<>() : new ArrayList<>(list);
    all.add(interceptor);
    return all;
  }

  /** The chain link: checks a user's outermost command before it runs, filters what it reads after. */
  private final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      int depth = DEPTH.get();
      DEPTH.set(depth + 1);
      try {
        CommandContext context = Context.getCommandContext();
        // A command of the product's own classes is the server's code: no API lets a user send one.
        boolean serverCode = ServerCode.isRunning() || command.getClass().getName().startsWith(PRODUCT_PACKAGE);
        User user = depth == 0 && !serverCode && context != null ? User.of(context) : null;
        if (user != null && !user.in(REPAIRERS)) {
          check(command, context, user);
        }
        T result = next.execute(command);
        return user != null && !user.in(READERS) ? filterRead(command, context, result) : result;
      } finally {
        if (depth == 0) {
          DEPTH.remove();
        } else {
          DEPTH.set(depth);
        }
      }
    }
  }

  /** The authenticated user of a command, or null for the job executor and start-up code. */
  private record User(String id, List<String> groups) {

    static User of(CommandContext context) {
      String id = context.getAuthenticatedUserId();
      if (id == null) {
        return null;
      }
      List<String> groups = context.getAuthenticatedGroupIds();
      return new User(id, groups == null ? List.of() : groups);
    }

    boolean in(Set<String> roles) {
      return groups.stream().anyMatch(roles::contains);
    }
  }

  private void check(Command<?> command, CommandContext context, User user) {
    if (!(command instanceof AbstractQuery<?, ?>)) {
      String taskId = CommandInputs.taskId(command);
      if (taskId != null) {
        requireVisibleTask(context, taskId);
      }
    }
    if (command instanceof AbstractQuery<?, ?> query) {
      refuseExpressions(query);
      if (!user.in(READERS)) {
        refuseHistoryOfValues(query);
        refuseVariableConditions(query);
      }
    } else if (command instanceof AbstractExecuteFilterCmd) {
      Object extending = FollowupCommandInputs.extendingQuery((AbstractExecuteFilterCmd) command);
      if (extending instanceof AbstractQuery<?, ?> query) {
        refuseExpressions(query);
        if (!user.in(READERS)) {
          refuseVariableConditions(query);
        }
      }
    } else if (command instanceof CompleteTaskCmd) {
      checkTaskWrite(context, CommandInputs.taskId(command), FollowupCommandInputs.variables((CompleteTaskCmd) command));
    } else if (command instanceof SubmitTaskFormCmd submit) {
      checkTaskWrite(context, CommandInputs.taskId(command), FollowupCommandInputs.properties(submit));
    } else if (command instanceof SetTaskVariablesCmd set) {
      if (FollowupCommandInputs.isLocal(set)) {
        refuseAll("đặt biến cục bộ của công việc");
      }
      checkTaskWrite(context, FollowupCommandInputs.entityId(set), FollowupCommandInputs.variables(set));
    } else if (command instanceof PatchTaskVariablesCmd patch) {
      Collection<?> deletions = FollowupCommandInputs.deletions(patch);
      if (deletions != null && !deletions.isEmpty()) {
        refuseAll("xóa dữ liệu của công việc");
      }
      checkTaskWrite(context, FollowupCommandInputs.entityId(patch), FollowupCommandInputs.variables(patch));
    } else if (command instanceof RemoveTaskVariablesCmd remove) {
      requireVisibleTask(context, FollowupCommandInputs.entityId(remove));
      refuseAll("xóa dữ liệu của công việc");
    } else if (command instanceof AbstractSetVariableCmd || command instanceof AbstractRemoveVariableCmd
        || command instanceof AbstractPatchVariablesCmd || command instanceof AbstractVariableCmd) {
      refuseAll("thay đổi dữ liệu của phiên quy trình");
    } else if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
      requireVisibleTask(context, CommandInputs.taskId(command));
      refuseAll("báo lỗi hoặc chuyển cấp từ công việc");
    } else if (command instanceof SubmitStartFormCmd startForm) {
      checkStart(context, FollowupCommandInputs.processDefinitionId(startForm), FollowupCommandInputs.variables(startForm));
    } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
      refuseAll("khởi tạo quy trình từ một bước giữa chừng");
    } else if (command instanceof StartProcessInstanceCmd start) {
      ProcessInstantiationBuilderImpl builder = FollowupCommandInputs.instantiationBuilder(start);
      if (!builder.getModificationBuilder()
          .getModificationOperations().isEmpty()) {
        refuseAll("khởi tạo quy trình từ một bước giữa chừng");
      }
      checkStart(context, definitionId(context, builder), builder.getVariables());
    } else if (command instanceof AddCommentCmd || command instanceof CreateAttachmentCmd) {
      checkNote(context, user, CommandInputs.taskId(command));
    } else if (command instanceof UpdateCommentCmd || command instanceof DeleteTaskCommentCmd
        || command instanceof DeleteProcessInstanceCommentCmd || command instanceof DeleteAttachmentCmd
        || command instanceof SaveAttachmentCmd) {
      refuseAll("sửa hoặc xóa ý kiến, tệp đính kèm đã lưu");
    } else if (SERVER_EVENTS.stream().anyMatch(command.getClass().getSimpleName()::contains)) {
      refuseAll("gửi thông điệp, tín hiệu hoặc sửa tiến trình của phiên quy trình");
    } else if (command instanceof AssignTaskCmd assign) {
      // Tasklist's "Trả việc" (unclaim) is an assignment to nobody; giving a task to someone else is not a user's.
      String assignee = FollowupCommandInputs.userId(assign);
      if (assignee != null && !assignee.equals(user.id())) {
        refuseAll("giao công việc cho người khác");
      }
    }
    if (!isRead(command) && !USER_WRITES.contains(command.getClass())) {
      LOG.warn("Refused engine command {} of user '{}': not a change a user may ask", command.getClass().getName(),
          user.id());
      refuseAll("thực hiện thao tác này");
    }
  }

  /**
   * The changes a user who is neither an administrator nor operations may ask of the engine; each
   * is then checked above (the form's fields, the task's agency). Every other change is refused:
   * jobs, incidents, batches, external tasks, deployments, migrations, modifications, decisions,
   * identity, authorizations, filters, suspension, deletion. This is the second wall behind the
   * HTTP allowlist ({@code security/OperationAllowlist}); it holds for any client of the engine.
   */
  private static final Set<Class<?>> USER_WRITES = Set.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class,
      SetTaskVariablesCmd.class, PatchTaskVariablesCmd.class, ClaimTaskCmd.class, AssignTaskCmd.class,
      AddCommentCmd.class, CreateAttachmentCmd.class, SubmitStartFormCmd.class, StartProcessInstanceCmd.class,
      CheckPassword.class);

  /** How the engine names the commands that only read (besides its queries): getters, checks, query builders. */
  private static final Pattern READ_COMMANDS = Pattern.compile(
      "(Get|Is|Find|ExecuteFilter|AuthorizationCheck)\\w*|Create\\w*QueryCmd");

  private static boolean isRead(Command<?> command) {
    if (command instanceof AbstractQuery<?, ?> || command instanceof AbstractNativeQuery<?, ?>) {
      return true;
    }
    return command.getClass().getName().startsWith("org.camunda.bpm.")
        && READ_COMMANDS.matcher(command.getClass().getSimpleName()).matches();
  }

  /**
   * The history of values (variables and their every change) is read only by those who read the
   * whole follow-up; agency staff read their task's values through its form.
   */
  private static void refuseHistoryOfValues(AbstractQuery<?, ?> query) {
    if (query instanceof HistoricVariableInstanceQueryImpl || query instanceof HistoricDetailQueryImpl) {
      throw new ForbiddenByRoleException("Lịch sử dữ liệu của phiên quy trình chỉ dành cho giám sát và kiểm tra; "
          + "nội dung công việc của bạn xem trong biểu mẫu của công việc. Không có gì được thực hiện.");
    }
  }

  /**
   * No condition or order on a variable's value from a user who may not read every variable: a
   * query that answers "found" or "not found" to a guess would read the value letter by letter.
   * The answer is the same whatever the guess.
   */
  private static void refuseVariableConditions(AbstractQuery<?, ?> query) {
    List<AbstractQuery<?, ?>> all = new ArrayList<>();
    all.add(query);
    if (query instanceof TaskQueryImpl taskQuery) {
      all.addAll(taskQuery.getQueries());
    }
    if (query instanceof HistoricTaskInstanceQueryImpl historicTaskQuery) {
      all.addAll(historicTaskQuery.getQueries());
    }
    for (AbstractQuery<?, ?> each : all) {
      boolean conditions = (each instanceof TaskQueryImpl task && !task.getVariables().isEmpty())
          || (each instanceof HistoricTaskInstanceQueryImpl historic && historic.getVariables() != null
              && !historic.getVariables().isEmpty())
          || (each instanceof AbstractVariableQueryImpl<?, ?> variables && variables.getQueryVariableValues() != null
              && !variables.getQueryVariableValues().isEmpty());
      boolean ordering = each.getOrderingProperties() != null
          && each.getOrderingProperties().stream().anyMatch(VariableOrderProperty.class::isInstance);
      if (conditions || ordering) {
        throw new ForbiddenByRoleException("Không được tìm kiếm hoặc sắp xếp theo giá trị dữ liệu của quy trình "
            + "(processVariables, taskVariables, variables): vai trò của bạn không được đọc mọi dữ liệu. "
            + "Hãy tìm theo công việc, thông báo hoặc thời hạn. Không có gì được thực hiện.");
      }
    }
  }

  /** Expressions are code: no query sent by a user may carry one, at any level. */
  private static void refuseExpressions(AbstractQuery<?, ?> query) {
    List<AbstractQuery<?, ?>> all = new ArrayList<>();
    all.add(query);
    if (query instanceof TaskQueryImpl taskQuery) {
      all.addAll(taskQuery.getQueries());
    }
    for (AbstractQuery<?, ?> each : all) {
      if (each.getExpressions() != null && !each.getExpressions().isEmpty()) {
        throw new RefusedRequestException(RefusedRequestException.Kind.INVALID,
            "Điều kiện tìm kiếm không được chứa biểu thức (" + String.join(", ", each.getExpressions().keySet())
                + "Expression); hãy gửi giá trị cụ thể. Không có gì được thực hiện.");
      }
    }
  }

  private void checkTaskWrite(CommandContext context, String taskId, Map<String, Object> variables) {
    TaskEntity task = requireVisibleTask(context, taskId);
    if (variables == null || variables.isEmpty()) {
      return;
    }
    checkFields(forms.ofTask(context, task), variables, task::getVariable);
  }

  private void checkStart(CommandContext context, String processDefinitionId, Map<String, Object> variables) {
    if (variables == null || variables.isEmpty()) {
      return;
    }
    checkFields(forms.ofStart(context, processDefinitionId), variables, name -> null);
  }

  /**
   * Every submitted variable must be an editable field of the form, or a read-only field sent back
   * as it is (then it is taken out, so nothing is written again).
   */
  private static void checkFields(FormFields form, Map<String, Object> variables,
      java.util.function.Function<String, Object> current) {
    List<String> unchangedReadOnly = new ArrayList<>();
    List<String> notInForm = new ArrayList<>();
    List<String> changedReadOnly = new ArrayList<>();
    for (String name : variables.keySet()) {
      // A serialized object's value cannot be read untyped; it is refused before it is read.
      Object raw = variables instanceof VariableMap map ? map.getValueTyped(name) : variables.get(name);
      if (raw instanceof ObjectValue) {
        throw new FormInputException(name, "Trường '" + name + "' không nhận đối tượng Java (kiểu Object); "
            + "hãy gửi văn bản, số, ngày hoặc JSON. Chưa có gì được lưu.");
      }
      Object value = raw instanceof TypedValue typed ? typed.getValue() : raw;
      if (form.mayWrite(name)) {
        continue;
      }
      if (form.readOnly().contains(name)) {
        (sameValue(value, current.apply(name)) ? unchangedReadOnly : changedReadOnly).add(name);
      } else {
        notInForm.add(name);
      }
    }
    if (!notInForm.isEmpty()) {
      throw new FormInputException(notInForm.get(0), "Không được gửi trường không có trong biểu mẫu của công việc này: "
          + String.join(", ", new TreeSet<>(notInForm)) + ". Chưa có gì được lưu.");
    }
    if (!changedReadOnly.isEmpty()) {
      throw new FormInputException(changedReadOnly.get(0), "Trường chỉ để xem, không được sửa: "
          + String.join(", ", new TreeSet<>(changedReadOnly)) + ". Chưa có gì được lưu.");
    }
    try {
      unchangedReadOnly.forEach(variables::remove);
    } catch (UnsupportedOperationException unmodifiable) {
      // An unmodifiable map: the unchanged value is written again, which changes nothing.
    }
  }

  private static boolean sameValue(Object submitted, Object stored) {
    if (submitted == null || (submitted instanceof String text && text.isEmpty())) {
      return stored == null || (stored instanceof String text && text.isEmpty());
    }
    return Objects.equals(submitted, stored);
  }

  /** Comments and attachments: only on a task the user may work, so never by the read-only roles. */
  private static void checkNote(CommandContext context, User user, String taskId) {
    if (taskId == null) {
      refuseAll("ghi ý kiến hoặc đính kèm tệp vào phiên quy trình");
    }
    TaskEntity task = requireVisibleTask(context, taskId);
    boolean works = user.id().equals(task.getAssignee());
    for (IdentityLinkEntity link : task.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (user.id().equals(link.getUserId()) || user.groups().contains(link.getGroupId()))) {
        works = true;
      }
    }
    if (!works) {
      throw new ForbiddenByRoleException("Chỉ cơ quan, đơn vị được giao công việc này mới được ghi ý kiến "
          + "hoặc đính kèm tệp; vai trò của bạn chỉ được xem. Không có gì được lưu.");
    }
  }

  /** The task, if it exists and the user may see it; otherwise the same 404 either way. */
  private static TaskEntity requireVisibleTask(CommandContext context, String taskId) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || context.getProcessEngineConfiguration().getTaskService().createTaskQuery()
        .taskId(taskId).count() == 0) {
      throw RefusedRequestException.notFound();
    }
    return task;
  }

  private static void refuseAll(String what) {
    throw new ForbiddenByRoleException("Người dùng không được " + what + ": việc này do hệ thống thực hiện. "
        + "Không có gì được lưu.");
  }

  private static String definitionId(CommandContext context, ProcessInstantiationBuilderImpl builder) {
    if (builder.getProcessDefinitionId() != null) {
      return builder.getProcessDefinitionId();
    }
    ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
    return definition.getId();
  }

  /** Agency staff read of a task only what its form shows. */
  @SuppressWarnings("unchecked")
  private <T> T filterRead(Command<T> command, CommandContext context, T result) {
    String taskId;
    if (command instanceof GetTaskVariablesCmd || command instanceof GetTaskVariableCmd
        || command instanceof GetTaskVariableCmdTyped || command instanceof GetTaskFormVariablesCmd) {
      taskId = CommandInputs.taskId(command);
    } else {
      return result;
    }
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task == null || result == null) {
      return result;
    }
    Set<String> shown = context.runWithoutAuthorization(() -> forms.ofTask(context, task)).shown();
    if (result instanceof VariableMap variables) {
      VariableMap visible = Variables.createVariables();
      variables.keySet().stream().filter(shown::contains)
          .forEach(name -> visible.putValueTyped(name, variables.getValueTyped(name)));
      return (T) visible;
    }
    String name = command instanceof GetTaskVariableCmd one ? FollowupCommandInputs.variableName(one)
        : FollowupCommandInputs.variableName((GetTaskVariableCmdTyped) command);
    return shown.contains(name) ? result : null;
  }
}
