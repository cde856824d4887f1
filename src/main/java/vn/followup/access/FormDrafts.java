package vn.followup.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.followup.export.ApiRequestException;
import vn.followup.guard.FormFieldCatalog;
import vn.followup.guard.FormFields;
import vn.followup.system.errors.RefusedRequestException;

/**
 * Drafts of task forms kept on the server (Tasklist's "Lưu"), one per user and task, so that the
 * work typed on one machine is there on the next. Only the person who may complete the task (its
 * assignee, or a member of a group it is offered to, who sees it through the engine's own task
 * query) reads or writes their draft; a draft holds only the editable fields of the task's deployed
 * form (the same reading of the form as {@code guard/EngineWriteGuard}'s), each within a size limit.
 * Nothing of a refused draft is stored. Drafts of completed or deleted tasks are removed by
 * {@link FormDraftCleanup}, and at the next read when the task is gone.
 */
@Service
class FormDrafts {

  /** The longest a draft may be, as JSON (the longest form's texts together stay well below it). */
  static final int MAX_DRAFT_CHARS = 200_000;
  /** The longest one field's value may be, as JSON. */
  static final int MAX_FIELD_CHARS = 50_000;

  private final ProcessEngine engine;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();
  private final FormFieldCatalog forms = new FormFieldCatalog();

  FormDrafts(ProcessEngine engine, JdbcTemplate jdbc) {
    this.engine = engine;
    this.identity = engine.getIdentityService();
    this.jdbc = jdbc;
  }

  /** A saved draft: the fields and when they were saved. */
  record Draft(ObjectNode fields, OffsetDateTime savedAt) {
  }

  Optional<Draft> read(String taskId) {
    Authentication user = user();
    requireWorkable(taskId, user);
    return jdbc.query("select fields::text, saved_at from followup_form_draft where task_id = ? and user_id = ?",
        (row, n) -> new Draft(parse(row.getString(1)), row.getObject(2, OffsetDateTime.class)), taskId, user.getUserId())
        .stream().findFirst();
  }

  Draft save(String taskId, String body) {
    Authentication user = user();
    Task task = requireWorkable(taskId, user);
    if (body == null || body.length() > MAX_DRAFT_CHARS) {
      throw invalid("Bản nháp dài quá " + MAX_DRAFT_CHARS + " ký tự.");
    }
    JsonNode fields;
    try {
      fields = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw invalid("Bản nháp không phải JSON hợp lệ.");
    }
    if (fields == null || !fields.isObject()) {
      throw invalid("Bản nháp phải là một đối tượng JSON {\"tên trường\": giá trị}.");
    }
    FormFields form = fieldsOf(task.getId());
    ObjectNode kept = json.createObjectNode();
    Iterator<Map.Entry<String, JsonNode>> entries = fields.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      String name = entry.getKey();
      if (form.mayWrite(name)) {
        if (entry.getValue().toString().length() > MAX_FIELD_CHARS) {
          throw invalid("Trường «" + name + "» của bản nháp dài quá " + MAX_FIELD_CHARS + " ký tự.");
        }
        kept.set(name, entry.getValue());
      } else if (!form.readOnly().contains(name) && !form.shown().contains(name)) {
        // A field the form shows but does not let the user write (Tasklist sends it back) is left out.
        throw invalid("Biểu mẫu của công việc này không có trường «" + name + "».");
      }
    }
    OffsetDateTime savedAt = jdbc.queryForObject("insert into followup_form_draft (task_id, user_id, fields, saved_at) "
        + "values (?, ?, ?::jsonb, now()) on conflict (task_id, user_id) do update set fields = excluded.fields, "
        + "saved_at = excluded.saved_at returning saved_at", OffsetDateTime.class, taskId, user.getUserId(),
        kept.toString());
    return new Draft(kept, savedAt);
  }

  void delete(String taskId) {
    Authentication user = user();
    requireWorkable(taskId, user);
    jdbc.update("delete from followup_form_draft where task_id = ? and user_id = ?", taskId, user.getUserId());
  }

  /** Removes every draft of a task (completed or deleted). */
  void removeAllOf(String taskId) {
    jdbc.update("delete from followup_form_draft where task_id = ?", taskId);
  }

  private Authentication user() {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      throw new ApiRequestException(HttpStatus.UNAUTHORIZED, "Bạn cần đăng nhập.");
    }
    return user;
  }

  /**
   * The open task, seen by the engine's task query under the user's identity, when the user may
   * complete it; answered as not found otherwise (whether it exists is not told). A task that no
   * longer exists leaves no draft behind.
   */
  private Task requireWorkable(String taskId, Authentication user) {
    Task task = taskId == null || taskId.length() > 64 ? null
        : engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      if (taskId != null && taskId.length() <= 64 && asServer(() -> engine.getTaskService().createTaskQuery()
          .taskId(taskId).count()) == 0) {
        removeAllOf(taskId);
      }
      throw notFound();
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    boolean works = user.getUserId().equals(task.getAssignee())
        || asServer(() -> engine.getTaskService().getIdentityLinksForTask(taskId)).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .anyMatch(link -> user.getUserId().equals(link.getUserId())
                || link.getGroupId() != null && groups.contains(link.getGroupId()));
    if (!works) {
      throw notFound();
    }
    return task;
  }

  private FormFields fieldsOf(String taskId) {
    return inEngine(context -> forms.ofTask(context, context.getTaskManager().findTaskById(taskId)));
  }

  private static ApiRequestException notFound() {
    return new ApiRequestException(HttpStatus.NOT_FOUND, RefusedRequestException.NOT_FOUND_MESSAGE);
  }

  private static ApiRequestException invalid(String message) {
    return new ApiRequestException(HttpStatus.BAD_REQUEST, message + " Bản nháp chưa được lưu.");
  }

  private ObjectNode parse(String text) {
    try {
      return (ObjectNode) json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored draft is not JSON", e);
    }
  }

  private <T> T asServer(java.util.function.Supplier<T> read) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute((Command<T>) context -> context.runWithoutAuthorization(read::get));
  }

  private <T> T inEngine(java.util.function.Function<CommandContext, T> read) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute((Command<T>) context ->
        context.runWithoutAuthorization(() -> read.apply(context)));
  }
}
