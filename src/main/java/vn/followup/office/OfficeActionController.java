package vn.followup.office;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.followup.export.ApiRequestException;
import vn.followup.item.ItemProcess;
import vn.followup.office.OfficeActionProcess.Vars;

/**
 * {@code POST /api/items/{businessKey}/office-actions/{action}} (action: {@code stop},
 * {@code change-deadline}, {@code change-lead}, {@code move-task}, {@code add-item},
 * {@code reopen}), for the office: starts the action's process by its own start form with the item
 * already chosen, so the same rules check the same fields (each action's delegate with {@link OfficeActionChecks}, by
 * {@code FormInput}) as in Tasklist. The body is a JSON object of the form's fields (texts, dates
 * as YYYY-MM-DD, the coordinators as a list); a field the form does not have is refused. Answers
 * 200 with what the action recorded on the item (what changed, before → after), or 400 with the
 * refused field and a Vietnamese message, nothing changed.
 */
@RestController
class OfficeActionController {

  private final FormService formService;
  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final ObjectMapper objectMapper;

  OfficeActionController(FormService formService, RepositoryService repositoryService, HistoryService historyService,
      IdentityService identityService, ObjectMapper objectMapper) {
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.objectMapper = objectMapper;
  }

  /**
   * {@code GET /api/items/{businessKey}/office-actions/{action}}: the fields of the action's deployed
   * start form as the item page asks them (key, type, label, required, longest text, pattern,
   * choices), without the item's key, which the page gives.
   */
  @GetMapping("/api/items/{businessKey}/office-actions/{action}")
  Map<String, Object> form(@PathVariable String businessKey, @PathVariable String action) {
    OfficeAction what = OfficeAction.ofSlug(action).orElseThrow(() -> new ApiRequestException(HttpStatus.NOT_FOUND,
        "Không có thao tác '" + action + "' của Văn phòng."));
    ProcessDefinition definition = definition(what);
    List<Map<String, Object>> fields = new ArrayList<>();
    try (InputStream form = formService.getDeployedStartForm(definition.getId())) {
      fields(objectMapper.readTree(form).path("components"), fields);
    } catch (IOException e) {
      throw new IllegalStateException("Start form of " + definition.getId() + " is not readable", e);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("action", what.slug());
    answer.put("label", what.label());
    answer.put("fields", fields);
    return answer;
  }

  private static void fields(JsonNode components, List<Map<String, Object>> fields) {
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      if (key != null && !Vars.ITEM_KEY.equals(key) && !Vars.NOTICE_ID.equals(key)) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("key", key);
        String type = component.path("type").asText();
        field.put("type", "datetime".equals(type) ? "date" : type);
        field.put("label", component.hasNonNull("label") ? component.get("label").asText()
            : component.path("dateLabel").asText(key));
        JsonNode validate = component.path("validate");
        field.put("required", validate.path("required").asBoolean(false));
        field.put("maxLength", validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null);
        field.put("pattern", validate.path("pattern").asText(null));
        List<Map<String, String>> values = new ArrayList<>();
        component.path("values").forEach(value -> values.add(Map.of("label", value.path("label").asText(),
            "value", value.path("value").asText())));
        field.put("values", values);
        fields.add(field);
      }
      fields(component.path("components"), fields);
    }
  }

  private ProcessDefinition definition(OfficeAction what) {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(what.processKey())
        .latestVersion().singleResult();
    if (definition == null) {
      throw new ApiRequestException(HttpStatus.FORBIDDEN, "Anh/Chị không có quyền thực hiện thao tác này.");
    }
    return definition;
  }

  @PostMapping("/api/items/{businessKey}/office-actions/{action}")
  ResponseEntity<Map<String, Object>> start(@PathVariable String businessKey, @PathVariable String action,
      @RequestBody(required = false) JsonNode body) {
    OfficeAction what = OfficeAction.ofSlug(action).orElseThrow(() -> new ApiRequestException(HttpStatus.NOT_FOUND,
        "Không có thao tác '" + action + "' của Văn phòng."));
    HistoricProcessInstance item = asServer(() -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ItemProcess.KEY).processInstanceBusinessKey(businessKey)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1)).stream().findFirst()
        .orElseThrow(() -> new ApiRequestException(HttpStatus.NOT_FOUND,
            "Không tìm thấy nội dung theo dõi có mã '" + businessKey + "'."));
    ProcessDefinition definition = definition(what);
    Map<String, String> labels = formFields(definition.getId());
    VariableMap variables = Variables.createVariables();
    if (body != null && !body.isNull()) {
      if (!body.isObject()) {
        throw refused(null, "Dữ liệu gửi lên phải là một đối tượng JSON gồm các trường của biểu mẫu.", labels);
      }
      body.fields().forEachRemaining(field -> put(variables, field.getKey(), field.getValue(), labels));
    }
    String notice = asServer(() -> noticeOf(item));
    if (what == OfficeAction.ADD_ITEM) {
      variables.putValue(Vars.NOTICE_ID, notice);
    } else {
      variables.putValue(Vars.ITEM_KEY, businessKey);
    }
    try {
      formService.submitStartForm(definition.getId(), variables);
    } catch (AuthorizationException e) {
      throw new ApiRequestException(HttpStatus.FORBIDDEN, "Anh/Chị không có quyền thực hiện thao tác này.");
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
        if (cause instanceof FormFieldValidationException invalid) {
          Object field = invalid.getDetail();
          throw refused(field == null ? null : field.toString(), invalid.getMessage(), labels);
        }
      }
      throw e;
    }
    String changed = what == OfficeAction.ADD_ITEM ? notice + "/" + variables.get(Vars.ITEM_NUMBER).toString().strip()
        : businessKey;
    String recorded = asServer(() -> lastAction(changed, item));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("action", what.slug());
    answer.put("label", what.label());
    answer.put("businessKey", changed);
    // The record names its author by login, as the engine knows them; the office reads the name.
    String by = identityService.getCurrentAuthentication() == null ? null
        : identityService.getCurrentAuthentication().getUserId();
    org.camunda.bpm.engine.identity.User user = by == null ? null
        : asServer(() -> identityService.createUserQuery().userId(by).singleResult());
    String name = user == null ? null : ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    answer.put("summary", recorded == null || name == null || name.isEmpty() ? recorded
        : recorded.replace("Người thực hiện: " + by + ".", "Người thực hiện: " + name + "."));
    return ResponseEntity.ok(answer);
  }

  /** A field of the form, as the engine's variable its form would submit. */
  private void put(VariableMap variables, String key, JsonNode value, Map<String, String> labels) {
    if (!labels.containsKey(key) || Vars.ITEM_KEY.equals(key) || Vars.NOTICE_ID.equals(key)) {
      throw refused(key, "Trường '" + key + "' không thuộc biểu mẫu của thao tác này. Chưa có gì được thay đổi.", labels);
    }
    if (value == null || value.isNull()) {
      return;
    }
    if (value.isArray()) {
      List<String> texts = new ArrayList<>();
      for (JsonNode element : value) {
        if (!element.isTextual()) {
          throw refused(key, labels.get(key) + " phải là danh sách văn bản. Chưa có gì được thay đổi.", labels);
        }
        texts.add(element.asText());
      }
      try {
        variables.putValueTyped(key, SpinValues.jsonValue(objectMapper.writeValueAsString(texts)).create());
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      return;
    }
    if (!value.isTextual()) {
      throw refused(key, labels.get(key) + " phải là văn bản. Chưa có gì được thay đổi.", labels);
    }
    variables.putValue(key, value.asText());
  }

  private static ApiRequestFieldException refused(String field, String message, Map<String, String> labels) {
    return new ApiRequestFieldException(field, field == null ? null : labels.get(field), message);
  }

  /** The keys of the deployed start form's fields with their labels (a date's label is its dateLabel). */
  private Map<String, String> formFields(String definitionId) {
    Map<String, String> fields = new LinkedHashMap<>();
    try (InputStream form = formService.getDeployedStartForm(definitionId)) {
      collect(objectMapper.readTree(form).path("components"), fields);
    } catch (IOException e) {
      throw new IllegalStateException("Start form of " + definitionId + " is not readable", e);
    }
    return fields;
  }

  private static void collect(JsonNode components, Map<String, String> fields) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        String label = component.hasNonNull("label") ? component.get("label").asText()
            : component.path("dateLabel").asText(component.get("key").asText());
        fields.put(component.get("key").asText(), label);
      }
      collect(component.path("components"), fields);
    }
  }

  private String noticeOf(HistoricProcessInstance item) {
    HistoricVariableInstance notice = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(item.getId()).variableName(ItemProcess.Vars.NOTICE_ID).singleResult();
    return notice == null ? null : (String) notice.getValue();
  }

  /** What the action recorded on the item (its latest follow-up; the added item for an added one). */
  private String lastAction(String businessKey, HistoricProcessInstance before) {
    List<HistoricProcessInstance> latest = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ItemProcess.KEY).processInstanceBusinessKey(businessKey)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1);
    String instance = latest.isEmpty() ? before.getId() : latest.get(0).getId();
    HistoricVariableInstance recorded = historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName(Vars.ITEM_OFFICE_ACTION).singleResult();
    return recorded == null ? null : (String) recorded.getValue();
  }

  /**
   * Reads as the server: the office starts actions on any item without being a reader of the whole
   * history; what it reads here is the item it acts on.
   */
  private <T> T asServer(java.util.function.Supplier<T> read) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return read.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
