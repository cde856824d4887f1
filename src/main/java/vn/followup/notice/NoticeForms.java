package vn.followup.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;
import vn.followup.notice.NoticeDocument.DeadlineEntry;
import vn.followup.deadline.DeadlineType;
import vn.followup.notice.NoticeDocument.Item;
import vn.followup.notice.NoticeProcess.Vars;

/**
 * Reads the notice a process instance was started with: the JSON document of {@code POST
 * /api/notices}, or the fields of the Tasklist start form with its repeating list of items.
 */
@Component
public class NoticeForms {

  private final ObjectMapper objectMapper;

  NoticeForms(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  public NoticeDocument read(Function<String, TypedValue> variables) {
    TypedValue document = variables.apply(Vars.NOTICE_DOCUMENT);
    try {
      if (document != null && document.getValue() != null) {
        return objectMapper.readValue(serialized(document), NoticeDocument.class);
      }
      return fromStartForm(variables);
    } catch (JsonProcessingException e) {
      throw new NoticeValidationException(List.of(new FieldError("", "Dữ liệu thông báo không đọc được: "
          + e.getOriginalMessage())));
    }
  }

  private NoticeDocument fromStartForm(Function<String, TypedValue> variables) throws JsonProcessingException {
    List<FieldError> errors = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    TypedValue rawItems = variables.apply(Vars.ITEMS);
    JsonNode list = rawItems == null || rawItems.getValue() == null ? objectMapper.createArrayNode()
        : objectMapper.readTree(serialized(rawItems));
    for (JsonNode node : list) {
      List<String> coordinators = new ArrayList<>();
      node.path("coordinators").forEach(c -> coordinators.add(c.asText()));
      List<DeadlineEntry> deadlines = new ArrayList<>();
      text(node, "responseDeadline").ifPresentOrElse(p -> deadlines.add(new DeadlineEntry(DeadlineType.RESPONSE, p)), () -> { });
      text(node, "completionDeadline").ifPresentOrElse(p -> deadlines.add(new DeadlineEntry(DeadlineType.COMPLETION, p)), () -> { });
      NoticeDocument.ItemKind kind = "RECOMMENDATION".equals(node.path("kind").asText()) ? NoticeDocument.ItemKind.RECOMMENDATION
          : "TASK".equals(node.path("kind").asText()) ? NoticeDocument.ItemKind.TASK : null;
      items.add(new Item(node.path("number").asText(null), node.path("text").asText(null), kind,
          node.path("lead").asText(null), coordinators, deadlines,
          kind == NoticeDocument.ItemKind.RECOMMENDATION ? text(node, "proposer").orElse(null) : null));
    }
    List<NoticeDocument.Report> reports = new ArrayList<>();
    TypedValue rawReports = variables.apply(Vars.REPORT_ENTRIES);
    JsonNode reportList = rawReports == null || rawReports.getValue() == null ? objectMapper.createArrayNode()
        : objectMapper.readTree(serialized(rawReports));
    for (JsonNode node : reportList) {
      java.util.Optional<String> phrase = text(node, "phrase");
      java.util.Optional<String> agency = text(node, "agency");
      java.util.Optional<String> covered = text(node, "items");
      if (phrase.isEmpty() && agency.isEmpty() && covered.isEmpty()) {
        continue; // the form's empty row: no report
      }
      reports.add(new NoticeDocument.Report(phrase.orElse(null), agency.orElse(null), covered.map(
          numbers -> java.util.Arrays.stream(numbers.split("[,;\\s]+")).filter(n -> !n.isBlank()).toList()).orElse(List.of())));
    }
    NoticeDocument document = new NoticeDocument(string(variables, Vars.NOTICE_ID_INPUT), string(variables, Vars.NOTICE_NUMBER),
        string(variables, Vars.NOTICE_SYMBOL), date(variables, Vars.NOTICE_DATE, errors), string(variables, Vars.NOTICE_PLACE),
        string(variables, Vars.NOTICE_ISSUER),
        new NoticeDocument.Signer(string(variables, Vars.SIGNER_NAME), string(variables, Vars.SIGNER_POSITION), null),
        string(variables, Vars.NOTICE_SUMMARY), List.of(), items, reports);
    if (!errors.isEmpty()) {
      throw new NoticeValidationException(errors);
    }
    return document;
  }

  /**
   * The registration form's variables for a document, the inverse of {@link #read}: what the
   * review task of a notice read from its text opens with.
   */
  public VariableMap formVariables(NoticeDocument document) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Item item : document.items()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", item.number());
      row.put("text", item.text());
      row.put("kind", item.kind() == null ? null : item.kind().name());
      row.put("lead", item.lead());
      row.put("coordinators", item.coordinators());
      row.put("responseDeadline", phrase(item, DeadlineType.RESPONSE));
      row.put("completionDeadline", phrase(item, DeadlineType.COMPLETION));
      row.put("proposer", item.proposer());
      items.add(row);
    }
    List<Map<String, Object>> reports = new ArrayList<>();
    for (NoticeDocument.Report report : document.reports() == null ? List.<NoticeDocument.Report>of() : document.reports()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("phrase", report.phrase());
      row.put("agency", report.agency());
      row.put("items", report.items() == null ? null : String.join(", ", report.items()));
      reports.add(row);
    }
    try {
      return Variables.createVariables()
          .putValue(Vars.NOTICE_ID_INPUT, document.id())
          .putValue(Vars.NOTICE_NUMBER, document.number() == null || document.number().isBlank() ? null : document.number())
          .putValue(Vars.NOTICE_SYMBOL, document.symbol())
          .putValue(Vars.NOTICE_DATE, document.date() == null ? null : document.date().toString())
          .putValue(Vars.NOTICE_PLACE, document.place())
          .putValue(Vars.NOTICE_ISSUER, document.issuer())
          .putValue(Vars.SIGNER_NAME, document.signer() == null ? null : document.signer().name())
          .putValue(Vars.SIGNER_POSITION, document.signer() == null ? null : document.signer().position())
          .putValue(Vars.NOTICE_SUMMARY, document.summary())
          .putValueTyped(Vars.ITEMS, SpinValues.jsonValue(objectMapper.writeValueAsString(items)).create())
          .putValueTyped(Vars.REPORT_ENTRIES, SpinValues.jsonValue(objectMapper.writeValueAsString(reports)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String phrase(Item item, DeadlineType type) {
    return item.deadlines().stream().filter(d -> d.type() == type).map(DeadlineEntry::phrase).findFirst().orElse(null);
  }

  private static java.util.Optional<String> text(JsonNode node, String field) {
    String value = node.path(field).asText("");
    return value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value.trim());
  }

  private static String string(Function<String, TypedValue> variables, String name) {
    TypedValue value = variables.apply(name);
    return value == null || value.getValue() == null || value.getValue().toString().isBlank() ? null
        : value.getValue().toString().trim();
  }

  private static LocalDate date(Function<String, TypedValue> variables, String name, List<FieldError> errors) {
    String value = string(variables, name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(name, "Ngày phải có dạng YYYY-MM-DD."));
      return null;
    }
  }

  private static String serialized(TypedValue value) {
    if (value instanceof JsonValue json && json.getValueSerialized() != null) {
      return json.getValueSerialized();
    }
    return value.getValue().toString();
  }
}
