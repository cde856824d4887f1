package vn.followup.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.engine.InputRule;
import vn.followup.engine.ProcessVariable;
import vn.followup.item.ItemProcess;
import vn.followup.notice.ReportSections;
import vn.followup.item.ReviewDecision;
import vn.followup.office.OfficeActionProcess;
import vn.followup.noticetext.NoticeFromTextProcess;
import vn.followup.deadline.DeadlineType;
import vn.followup.engine.FormInput;
import vn.followup.notice.NoticeProcess;
import vn.followup.noticetext.NoticeTextParser;
import vn.followup.support.FastTest;

/**
 * The Camunda Forms in {@code forms/} against the BPMN models, the variable-name constants and the
 * agency registry: a plain unit test reading the files from the working directory.
 */
@FastTest
class FormsContractTest {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  /** The schema version form-js 1.8 (Tasklist 7.24) writes and reads. */
  private static final int SCHEMA_VERSION = 16;

  /** Component types of form-js 1.8; no filepicker (form-js 1.11) or later types. */
  private static final Set<String> FORM_JS_18_TYPES = Set.of("textfield", "textarea", "number",
      "datetime", "checkbox", "checklist", "radio", "select", "taglist", "text", "html", "image",
      "button", "group", "dynamiclist", "table", "iframe", "separator", "spacer", "expression");

  private static final Set<String> TEXT_INPUTS = Set.of("textfield", "textarea");
  private static final Set<String> OPTION_INPUTS = Set.of("select", "radio", "taglist", "checklist");
  private static final Set<String> LAYOUT_TYPES = Set.of("text", "html", "image", "button",
      "group", "dynamiclist", "table", "iframe", "separator", "spacer");

  /** Option lists that must be exactly the agency registry. */
  private static final Set<String> AGENCY_KEYS = Set.of("noticeIssuer", "lead", "coordinators", "proposer", "agency");

  private static final int MAX_STRING_LENGTH = 4000;
  /**
   * Inputs meant for whole documents: stored as bytes by the long-text serializer, bounded by the
   * notice-text reader's own limit.
   */
  private static final Map<String, Integer> LONG_TEXT_INPUTS = Map.of(NoticeFromTextProcess.Vars.NOTICE_TEXT,
      NoticeTextParser.MAX_CHARACTERS, NoticeFromTextProcess.Vars.PROPOSAL_NOTES, 20_000);

  private static final Pattern VIETNAMESE = Pattern.compile(
      ".*[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ].*",
      Pattern.DOTALL);

  private static final Path FORMS = Path.of("forms");
  private static final Path BPMN = Path.of("bpmn");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Form id to parsed form. */
  private static Map<String, JsonNode> forms;
  /** Form id to file name. */
  private static Map<String, String> fileNames;

  @BeforeAll
  static void readForms() throws IOException {
    forms = new TreeMap<>();
    fileNames = new HashMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(FORMS)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".form")).sorted().toList();
    }
    assertThat(files).as("forms/*.form").isNotEmpty();
    for (Path file : files) {
      JsonNode form = JSON.readTree(file.toFile());
      assertThat(form.isObject()).as(file + " is a JSON object").isTrue();
      String id = form.path("id").asText("");
      assertThat(id).as(file + " id").startsWith("Form_");
      assertThat(forms).as("form id " + id + " of " + file + " is unique").doesNotContainKey(id);
      forms.put(id, form);
      fileNames.put(id, file.getFileName().toString());
    }
  }

  /**
   * A text view reads its text as Markdown and HTML after inserting the values, so an item's
   * "<b>đậm</b>" would be bold and "[x](https://…)" a link; an HTML view inserts the values escaped,
   * as text. Every value a form shows is therefore inserted by an HTML view, each inside
   * {@code <span class="followup-plain">} (its own line breaks kept).
   */
  @Test
  void everyValueAFormShowsIsInsertedAsTextNeverAsMarkup() {
    Pattern template = Pattern.compile("\\{\\{(.*?)}}");
    forms.forEach((id, form) -> walk(form.path("components"), c -> {
      if ("text".equals(type(c))) {
        assertThat(c.path("text").asText()).as(id + " " + c.path("id").asText() + " is a text view").doesNotContain("{{");
      }
      if ("html".equals(type(c))) {
        String content = c.path("content").asText();
        java.util.regex.Matcher matcher = template.matcher(content);
        while (matcher.find()) {
          assertThat(content.substring(0, matcher.start())).as(id + " " + c.path("id").asText())
              .endsWith("<span class=\"followup-plain\">");
        }
      }
    }));
  }

  @Test
  void everyFormIsAFormJs18DefaultFormNamedAfterItsId() {
    forms.forEach((id, form) -> {
      assertThat(form.path("type").asText()).as(id + " type").isEqualTo("default");
      assertThat(form.path("schemaVersion").asInt()).as(id + " schemaVersion")
          .isEqualTo(SCHEMA_VERSION);
      assertThat(form.path("components").isArray()).as(id + " components").isTrue();
      String kebab = id.substring("Form_".length())
          .replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
      assertThat(fileNames.get(id)).as(id + " file name").isEqualTo(kebab + ".form");
    });
  }

  @Test
  void everyFormRefNamesAFormAndEveryFormIsReferenced() throws Exception {
    Map<String, List<String>> refs = formRefs();
    assertThat(refs).as("camunda:formRef in bpmn/*.bpmn").isNotEmpty();
    assertThat(forms.keySet()).as("forms referenced by the models")
        .containsExactlyInAnyOrderElementsOf(refs.keySet());
    assertThat(refs.get("Form_RegisterNotice")).as("Form_RegisterNotice is a start form")
        .contains("startEvent:StartEvent_NoticeSubmitted");
  }

  @Test
  void componentTypesAreThoseOfFormJs18() {
    forEachComponent((formId, c) -> assertThat(FORM_JS_18_TYPES)
        .as(formId + " " + c.path("id").asText() + " type").contains(type(c)));
  }

  @Test
  void componentIdsAreUniqueWithinAForm() {
    forms.forEach((id, form) -> {
      List<String> ids = new ArrayList<>();
      walk(form.path("components"), c -> ids.add(c.path("id").asText()));
      assertThat(ids).as(id + " component ids").doesNotContain("").doesNotHaveDuplicates();
    });
  }

  /** The server's definitions of form inputs ({@link InputRule}), by the classes that hold them. */
  private static final List<Class<?>> FIELD_HOLDERS = List.of(ItemProcess.Fields.class, ReportSections.Fields.class,
      DeadlineWatchProcess.Fields.class, OfficeActionProcess.Fields.class, NoticeProcess.Fields.class,
      NoticeFromTextProcess.Fields.class);

  /** Every field once (a holder may name another's field under its own name). */
  private static List<InputRule> serverFields() throws IllegalAccessException {
    Set<InputRule> fields = new LinkedHashSet<>();
    for (Class<?> holder : FIELD_HOLDERS) {
      for (Field field : holder.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == InputRule.class) {
          fields.add((InputRule) field.get(null));
        }
      }
    }
    return List.copyOf(fields);
  }

  /**
   * Every input a user fills is one of the server's {@link InputRule}s, and says what it says: the
   * same label (an example in brackets may follow), the same required flag, the same maxLength and
   * the same pattern. The server refuses with these words and limits, so the form and the refusal
   * cannot drift apart; and every field the server defines is asked by some form.
   */
  @Test
  void everyInputIsTheServersFieldWithItsLabelRequiredFlagLengthAndPattern() throws Exception {
    List<InputRule> fields = serverFields();
    Set<InputRule> asked = new HashSet<>();
    List<String> checked = new ArrayList<>();
    forEachComponent((formId, c) -> {
      String key = c.path("key").asText("");
      String type = type(c);
      if (key.isEmpty() || LAYOUT_TYPES.contains(type) || "checkbox".equals(type)
          || c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false)) {
        return;
      }
      List<InputRule> forThisForm = fields.stream().filter(f -> f.key().equals(key) && f.forms().contains(formId)).toList();
      List<InputRule> candidates = !forThisForm.isEmpty() ? forThisForm
          : fields.stream().filter(f -> f.key().equals(key) && f.forms().isEmpty()).toList();
      assertThat(candidates).as(formId + " " + key + ": exactly one server field").hasSize(1);
      InputRule field = candidates.get(0);
      String label = "datetime".equals(type) ? c.path("dateLabel").asText("") : c.path("label").asText("");
      assertThat(label.equals(field.label()) || label.startsWith(field.label() + " ("))
          .as(formId + " " + key + ": label '" + label + "' is the server's '" + field.label() + "'").isTrue();
      JsonNode validate = c.path("validate");
      assertThat(validate.path("required").asBoolean(false)).as(formId + " " + key + " required")
          .isEqualTo(field.mandatory());
      if (TEXT_INPUTS.contains(type)) {
        assertThat(validate.path("maxLength").asInt(-1)).as(formId + " " + key + " maxLength")
            .isEqualTo(field.maxLength());
      }
      assertThat(validate.path("pattern").asText(null)).as(formId + " " + key + " pattern")
          .isEqualTo(field.pattern() == null ? null : "^" + field.pattern().pattern() + "$");
      asked.add(field);
      checked.add(formId + " " + key);
    });
    assertThat(fields).as("server fields no form asks").allMatch(asked::contains);
    assertThat(checked).contains("Form_WriteResponse responseSymbol", "Form_OfficeChangeDeadline decisionNumber",
        "Form_OfficeStopItem decisionNumber", "Form_NumberNotice noticeNumber", "Form_Urge urgeAction",
        "Form_WriteReport reportNumber", "Form_RegisterNotice number", "Form_RegisterNotice noticeIdInput",
        "Form_OfficeAddItem itemNumber", "Form_OfficeAddItem responseDeadline", "Form_PasteNoticeText noticeText");
  }

  @Test
  void textInputsHaveAMaxLengthWithinTheStringColumn() {
    forEachComponent((formId, c) -> {
      if (TEXT_INPUTS.contains(type(c)) && c.hasNonNull("key")) {
        JsonNode maxLength = c.path("validate").path("maxLength");
        assertThat(maxLength.isInt()).as(formId + " " + c.path("key").asText() + " maxLength")
            .isTrue();
        assertThat(maxLength.asInt()).as(formId + " " + c.path("key").asText() + " maxLength")
            .isBetween(1, LONG_TEXT_INPUTS.getOrDefault(c.path("key").asText(), MAX_STRING_LENGTH));
      }
    });
  }

  @Test
  void inputsHaveVietnameseLabels() {
    forEachComponent((formId, c) -> {
      if (!LAYOUT_TYPES.contains(type(c)) && c.hasNonNull("key")) {
        String label = "datetime".equals(type(c)) ? c.path("dateLabel").asText("")
            : c.path("label").asText("");
        assertThat(label.toLowerCase(Locale.ROOT))
            .as(formId + " " + c.path("key").asText() + " label").matches(VIETNAMESE);
      }
    });
  }

  @Test
  void datesAreDateOnly() {
    forEachComponent((formId, c) -> {
      if ("datetime".equals(type(c))) {
        assertThat(c.path("subtype").asText()).as(formId + " " + c.path("key").asText())
            .isEqualTo("date");
      }
    });
  }

  @Test
  void staticOptionsHaveVietnameseLabelsAndDistinctValues() {
    forEachComponent((formId, c) -> {
      if (!OPTION_INPUTS.contains(type(c))) {
        return;
      }
      String key = c.path("key").asText();
      if (c.has("valuesKey") || c.has("valuesExpression")) {
        assertThat(c.has("values")).as(formId + " " + key + " has one options source").isFalse();
        return;
      }
      JsonNode values = c.path("values");
      assertThat(values.isArray() && !values.isEmpty()).as(formId + " " + key + " values").isTrue();
      Set<String> seen = new HashSet<>();
      for (JsonNode option : values) {
        String label = option.path("label").asText("");
        String value = option.path("value").asText("");
        assertThat(label.toLowerCase(Locale.ROOT)).as(formId + " " + key + " label of " + value)
            .isNotBlank().matches(VIETNAMESE);
        assertThat(value).as(formId + " " + key + " option value").isNotBlank();
        assertThat(seen.add(value)).as(formId + " " + key + " duplicate " + value).isTrue();
      }
    });
  }

  /** A FEEL comparison of the deadline type with a literal, e.g. {@code deadlineType != "RESPONSE"}. */
  private static final Pattern DEADLINE_TYPE_LITERAL = Pattern.compile(
      DeadlineWatchProcess.Vars.DEADLINE_TYPE + "\\s*!?=\\s*\\\\?\"(\\w+)");

  @Test
  void deadlineTypeChoicesAreTheDeadlineTypeEnumWithItsLabels() {
    Map<String, String> expected = new LinkedHashMap<>();
    for (DeadlineType type : DeadlineType.values()) {
      expected.put(type.name(), type.label());
    }
    List<String> checked = new ArrayList<>();
    forEachComponent((formId, c) -> {
      if (!DeadlineWatchProcess.Vars.DEADLINE_TYPE.equals(c.path("key").asText())) {
        return;
      }
      Map<String, String> options = new LinkedHashMap<>();
      c.path("values").forEach(option -> options.put(option.path("value").asText(), option.path("label").asText()));
      assertThat(options).as(formId + " deadlineType options").containsExactlyEntriesOf(expected);
      checked.add(formId);
    });
    assertThat(checked).containsExactly("Form_OfficeChangeDeadline");
  }

  @Test
  void formsCompareTheDeadlineTypeOnlyWithItsValues() {
    forms.forEach((id, form) -> {
      Matcher literal = DEADLINE_TYPE_LITERAL.matcher(form.toString());
      while (literal.find()) {
        assertThat(DeadlineType.parse(literal.group(1))).as(id + ": " + literal.group()).isPresent();
      }
    });
  }

  /**
   * The variables holding a chosen code, with the codes and labels of their enum: the options a
   * form offers for them, and the codes forms and models compare them with.
   */
  private static final Map<String, Map<String, String>> ENUM_CHOICES = enumChoices();

  /** The item's, the watch's and the notice's, as their declarations say ({@link ProcessVariable#choices()}). */
  private static Map<String, Map<String, String>> enumChoices() {
    Map<String, Map<String, String>> choices = new TreeMap<>();
    ProcessVariable.declaredIn(ItemProcess.Values.class, NoticeProcess.Values.class, DeadlineWatchProcess.Values.class)
        .stream()
        .filter(variable -> variable.choices() != null)
        .forEach(variable -> choices.put(variable.name(), variable.choices()));
    return Map.copyOf(choices);
  }

  /**
   * A comparison of one of {@link #ENUM_CHOICES}' variables with a literal: {@code reviewDecision == 'ACCEPT'}
   * in a model, {@code reviewDecision != "RETURN"} in a form's FEEL (quotes escaped in the form's JSON).
   */
  private static final Pattern CHOICE_LITERAL = Pattern.compile("(?<![\\w.])(" + String.join("|", ENUM_CHOICES.keySet())
      + ")\\s*(?:==|!=|=)\\s*\\\\?[\"'](\\w+)");

  @Test
  void decisionOutcomeAndStateOptionsAreTheirEnumsConstantsWithTheirLabels() {
    List<String> checked = new ArrayList<>();
    forEachComponent((formId, c) -> {
      String key = c.path("key").asText();
      if (!OPTION_INPUTS.contains(type(c)) || !ENUM_CHOICES.containsKey(key)) {
        return;
      }
      Map<String, String> options = new LinkedHashMap<>();
      c.path("values").forEach(option -> options.put(option.path("value").asText(), option.path("label").asText()));
      assertThat(options).as(formId + " " + key + " options").containsExactlyEntriesOf(ENUM_CHOICES.get(key));
      checked.add(formId + " " + key);
    });
    assertThat(checked).containsExactlyInAnyOrder("Form_ReviewResponse reviewDecision",
        "Form_ReviewFinalReport finalReviewDecision", "Form_ReviewReport reportReviewDecision",
        "Form_DecideExtension extensionDecision", "Form_CloseItem closureOutcome",
        "Form_WriteResponse implementationState", "Form_Urge urgeAction");
  }

  /**
   * A text shown only for one code of a choice ({@code hide: =implementationState != "DONE"}) ends with
   * that code's label, and every code of the choice has its text: the forms' read-only lines say
   * the enum's words, never their own.
   */
  @Test
  void textsShownForAChosenCodeShowItsLabelAndEveryCodeHasOne() {
    Pattern shownFor = Pattern.compile("=(\\w+) != \"(\\w+)\"");
    Map<String, Map<String, String>> shown = new TreeMap<>();
    forEachComponent((formId, c) -> {
      Matcher matcher = shownFor.matcher(c.path("conditional").path("hide").asText());
      if ("text".equals(type(c)) && matcher.matches() && ENUM_CHOICES.containsKey(matcher.group(1))) {
        shown.computeIfAbsent(formId + " " + matcher.group(1), k -> new LinkedHashMap<>())
            .put(matcher.group(2), c.path("text").asText());
      }
    });
    shown.forEach((group, texts) -> {
      Map<String, String> labels = ENUM_CHOICES.get(group.substring(group.indexOf(' ') + 1));
      assertThat(texts.keySet()).as(group + ": a text for every code").containsExactlyElementsOf(labels.keySet());
      texts.forEach((code, text) -> assertThat(text).as(group + " " + code).endsWith(":** " + labels.get(code)));
    });
    assertThat(shown).containsKeys("Form_CloseItem suggestedOutcome", "Form_CloseItem implementationState",
        "Form_ReviewResponse implementationState");
    assertThat(shown.get("Form_CloseItem suggestedOutcome").values())
        .allMatch(text -> text.startsWith("**Kết quả hệ thống đề xuất:** "));
  }

  /** A model's flow taken for one chosen code ({@code ${reviewDecision == 'ACCEPT'}}) is named with that code's label. */
  @Test
  void modelFlowsTakenForAChosenCodeAreNamedWithItsLabel() throws IOException {
    Pattern chosen = Pattern.compile("\\$\\{(\\w+) == '(\\w+)'}");
    List<String> checked = new ArrayList<>();
    try (Stream<Path> list = Files.list(BPMN)) {
      for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
          Matcher matcher = flow.getConditionExpression() == null ? null
              : chosen.matcher(flow.getConditionExpression().getTextContent().trim());
          if (matcher != null && matcher.matches() && ENUM_CHOICES.containsKey(matcher.group(1))) {
            assertThat(flow.getName()).as(file.getFileName() + " " + flow.getId())
                .isEqualTo(ENUM_CHOICES.get(matcher.group(1)).get(matcher.group(2)));
            checked.add(flow.getId());
          }
        }
      }
    }
    assertThat(checked).contains("Flow_ResponseAccepted", "Flow_ExtensionApproved", "Flow_ToImplementation",
        "Flow_ReportAccepted");
  }

  @Test
  void formsAndModelsCompareChosenCodesOnlyWithTheirEnumsConstants() throws IOException {
    Map<String, String> sources = new TreeMap<>();
    forms.forEach((id, form) -> sources.put(id, form.toString()));
    try (Stream<Path> list = Files.list(BPMN)) {
      for (Path model : list.filter(p -> p.getFileName().toString().endsWith(".bpmn")).toList()) {
        sources.put(model.getFileName().toString(), Files.readString(model));
      }
    }
    Set<String> compared = new TreeSet<>();
    sources.forEach((source, text) -> {
      Matcher literal = CHOICE_LITERAL.matcher(text);
      while (literal.find()) {
        assertThat(ENUM_CHOICES.get(literal.group(1))).as(source + ": " + literal.group()).containsKey(literal.group(2));
        compared.add(source + " " + literal.group(1) + " " + literal.group(2));
      }
    });
    assertThat(compared).contains("follow-up-item.bpmn reviewDecision ACCEPT",
        "follow-up-item.bpmn finalReviewDecision ACCEPT", "follow-up-item.bpmn extensionDecision APPROVE",
        "follow-up-item.bpmn implementationState IN_PROGRESS", "notice.bpmn reportReviewDecision ACCEPT",
        "Form_ReviewResponse reviewDecision RETURN", "Form_CloseItem suggestedOutcome STOPPED");
  }

  @Test
  void deadlinePhraseInputsStartWithTheirDeadlineTypesLabel() {
    Map<String, DeadlineType> phraseKeys = Map.of("responseDeadline", DeadlineType.RESPONSE,
        "completionDeadline", DeadlineType.COMPLETION);
    List<String> checked = new ArrayList<>();
    forEachComponent((formId, c) -> {
      DeadlineType type = phraseKeys.get(c.path("key").asText());
      if (type != null) {
        assertThat(c.path("label").asText()).as(formId + " " + c.path("key").asText()).startsWith(type.label());
        checked.add(formId + " " + type);
      }
    });
    assertThat(checked).contains("Form_RegisterNotice RESPONSE", "Form_RegisterNotice COMPLETION");
  }

  @Test
  void bothWatchCallActivitiesAreGivenTheirVariablesByTheOneMapping() throws Exception {
    List<String> mapped = new ArrayList<>();
    for (Document model : models()) {
      NodeList calls = model.getElementsByTagNameNS(BPMN_NS, "callActivity");
      for (int i = 0; i < calls.getLength(); i++) {
        Element call = (Element) calls.item(i);
        if (!DeadlineWatchProcess.KEY.equals(call.getAttribute("calledElement"))) {
          continue;
        }
        assertThat(call.getAttributeNS(CAMUNDA_NS, "variableMappingDelegateExpression")).as(call.getAttribute("id"))
            .isEqualTo("${watchDeadlineMapping}");
        NodeList inputs = call.getElementsByTagNameNS(CAMUNDA_NS, "in");
        for (int j = 0; j < inputs.getLength(); j++) {
          assertThat(((Element) inputs.item(j)).hasAttribute("businessKey"))
              .as(call.getAttribute("id") + ": only the business key is a camunda:in").isTrue();
        }
        mapped.add(call.getAttribute("id"));
      }
    }
    assertThat(mapped).containsExactlyInAnyOrder(ItemProcess.Elements.CALL_ACTIVITY_WATCH_RESPONSE,
        ItemProcess.Elements.CALL_ACTIVITY_WATCH_COMPLETION);
  }

  /**
   * The item's context (notice, item, agencies, deadlines) is one group, written once in
   * {@code forms/shared/item-context.json} and generated into every form of an item's task that
   * shows it (a form cannot include another): each such form is, to the byte, what writing that
   * group into it gives. After changing the group, run this test with
   * {@code -Dfollowup.forms.write=true} to write the copies.
   */
  @Test
  void everyItemTaskFormShowsTheOneSharedItemContext() throws Exception {
    JsonNode shared = JSON.readTree(FORMS.resolve("shared/item-context.json").toFile());
    boolean write = Boolean.getBoolean("followup.forms.write");
    List<String> showing = new ArrayList<>();
    List<String> notGenerated = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(FORMS)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".form")).sorted().toList();
    }
    for (Path file : files) {
      String text = Files.readString(file);
      JsonNode form = JSON.readTree(text);
      if (!withShared(form.path("components"), shared)) {
        continue;
      }
      showing.add(form.path("id").asText());
      String generated = formText(form);
      if (!generated.equals(text)) {
        if (write) {
          Files.writeString(file, generated);
        } else {
          notGenerated.add(file.toString());
        }
      }
    }
    assertThat(notGenerated).as("forms whose item context is not forms/shared/item-context.json as generated; "
        + "run FormsContractTest with -Dfollowup.forms.write=true").isEmpty();
    assertThat(showing).containsExactlyInAnyOrder("Form_AcknowledgeAnswer", "Form_CloseItem", "Form_Coordinate",
        "Form_DecideExtension", "Form_ReceiveItem", "Form_ReportProgress", "Form_ReviewFinalReport",
        "Form_ReviewResponse", "Form_WriteResponse");
  }

  /** Puts the shared group in place of each component with its id; true when there was one. */
  private static boolean withShared(JsonNode components, JsonNode shared) {
    boolean found = false;
    for (int i = 0; i < components.size(); i++) {
      if (shared.path("id").asText().equals(components.get(i).path("id").asText())) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) components).set(i, shared.deepCopy());
        found = true;
      } else {
        found |= withShared(components.get(i).path("components"), shared);
      }
    }
    return found;
  }

  /** A form as the forms are written: two spaces a level, ": " after a name, letters unescaped, a final line break. */
  static String formText(JsonNode form) {
    StringBuilder out = new StringBuilder();
    print(form, "", out);
    return out.append('\n').toString();
  }

  private static void print(JsonNode node, String indent, StringBuilder out) {
    if ((node.isObject() || node.isArray()) && node.isEmpty()) {
      out.append(node.isObject() ? "{}" : "[]");
    } else if (node.isObject() || node.isArray()) {
      out.append(node.isObject() ? '{' : '[');
      String inner = indent + "  ";
      java.util.Iterator<String> names = node.fieldNames();
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "\n" : ",\n").append(inner);
        if (node.isObject()) {
          String name = names.next();
          quote(name, out);
          out.append(": ");
          print(node.get(name), inner, out);
        } else {
          print(node.get(i), inner, out);
        }
      }
      out.append('\n').append(indent).append(node.isObject() ? '}' : ']');
    } else if (node.isTextual()) {
      quote(node.asText(), out);
    } else {
      out.append(node);
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> out.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
      }
    }
    out.append('"');
  }

  /** What a form reads of the item's card ({@code item.x} in a template or an expression) is a field of the card. */
  @Test
  void formsReadOnlyFieldsTheItemCardHas() {
    Set<String> fields = new TreeSet<>(new vn.followup.item.ItemCard(null, null, null, null, null, null, null, null,
        null, null, null, null, List.of()).fields().keySet());
    fields.add("unitOptions");
    java.util.regex.Pattern read = java.util.regex.Pattern.compile("(?<![.\\w])item\\.(\\w+)");
    Set<String> used = new TreeSet<>();
    forEachComponent((formId, c) -> {
      java.util.regex.Matcher matcher = read.matcher(c.toString().replace(c.path("components").toString(), ""));
      while (matcher.find()) {
        assertThat(fields).as(formId + " reads item." + matcher.group(1)).contains(matcher.group(1));
        used.add(matcher.group(1));
      }
    });
    assertThat(used).contains("noticeLabel", "itemText", "deadlineSummary", "unitOptions");
  }

  @Test
  void agencyOptionsAreExactlyTheAgencyRegistry() throws IOException {
    List<String> agencyIds = agencyIds();
    assertThat(agencyIds).isNotEmpty().doesNotHaveDuplicates();
    List<String> checked = new ArrayList<>();
    walk(forms.get("Form_RegisterNotice").path("components"), c -> {
      String key = c.path("key").asText("");
      if (AGENCY_KEYS.contains(key)) {
        List<String> values = new ArrayList<>();
        c.path("values").forEach(option -> values.add(option.path("value").asText()));
        assertThat(values).as("Form_RegisterNotice " + key + " options")
            .containsExactlyInAnyOrderElementsOf(agencyIds);
        checked.add(key);
      }
    });
    assertThat(checked).containsExactlyInAnyOrderElementsOf(AGENCY_KEYS);
  }

  @Test
  void registerNoticeHasRepeatingListsOfItemsAndOfPeriodicReports() {
    Map<String, JsonNode> lists = new HashMap<>();
    walk(forms.get("Form_RegisterNotice").path("components"), c -> {
      if ("dynamiclist".equals(type(c))) {
        lists.put(c.path("path").asText(), c);
      }
    });
    assertThat(lists.keySet()).containsExactlyInAnyOrder(NoticeProcess.Vars.ITEMS, NoticeProcess.Vars.REPORT_ENTRIES);
    lists.values().forEach(list -> {
      assertThat(list.path("isRepeating").asBoolean()).isTrue();
      assertThat(list.path("allowAddRemove").asBoolean()).isTrue();
    });
    assertThat(keys(lists.get(NoticeProcess.Vars.ITEMS))).containsExactlyInAnyOrder("number", "text", "kind", "lead",
        "proposer", "coordinators", "responseDeadline", "completionDeadline");
    // What NoticeForms reads of each report row, as NoticeDocument.Report holds it.
    assertThat(keys(lists.get(NoticeProcess.Vars.REPORT_ENTRIES))).containsExactlyInAnyOrder("phrase", "agency", "items");
  }

  private static List<String> keys(JsonNode list) {
    List<String> keys = new ArrayList<>();
    list.path("components").forEach(c -> keys.add(c.path("key").asText()));
    return keys;
  }

  // --- helpers

  private static String type(JsonNode component) {
    return component.path("type").asText("");
  }

  private interface ComponentCheck {
    void check(String formId, JsonNode component);
  }

  private static void forEachComponent(ComponentCheck check) {
    forms.forEach((id, form) -> walk(form.path("components"), c -> check.check(id, c)));
  }

  private static void walk(JsonNode components, Consumer<JsonNode> visitor) {
    for (JsonNode component : components) {
      visitor.accept(component);
      if (component.has("components")) {
        walk(component.path("components"), visitor);
      }
    }
  }

  /** Form id to the elements ("startEvent:Id", "userTask:Id") that reference it. */
  private static Map<String, List<String>> formRefs() throws Exception {
    Map<String, List<String>> refs = new TreeMap<>();
    for (Document document : models()) {
      NodeList all = document.getElementsByTagNameNS(BPMN_NS, "*");
      for (int i = 0; i < all.getLength(); i++) {
        Element element = (Element) all.item(i);
        if (element.hasAttributeNS(CAMUNDA_NS, "formRef")) {
          refs.computeIfAbsent(element.getAttributeNS(CAMUNDA_NS, "formRef"), k -> new ArrayList<>())
              .add(element.getLocalName() + ":" + element.getAttribute("id"));
        }
      }
    }
    return refs;
  }

  /** The parsed models of {@code bpmn/}. */
  private static List<Document> models() throws Exception {
    List<Path> models;
    try (Stream<Path> list = Files.list(BPMN)) {
      models = list.filter(p -> p.getFileName().toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(models).as("bpmn/*.bpmn").isNotEmpty();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    List<Document> documents = new ArrayList<>();
    for (Path model : models) {
      documents.add(factory.newDocumentBuilder().parse(model.toFile()));
    }
    return documents;
  }

  @SuppressWarnings("unchecked")
  private static List<String> agencyIds() throws IOException {
    try (InputStream in = FormsContractTest.class.getClassLoader()
        .getResourceAsStream("organisation/agencies.yaml")) {
      assertThat(in).as("organisation/agencies.yaml").isNotNull();
      Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      List<Map<String, Object>> agencies = (List<Map<String, Object>>) root.get("agencies");
      return agencies.stream().map(a -> String.valueOf(a.get("id"))).toList();
    }
  }
}
