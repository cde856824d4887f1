package vn.followup.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.followup.engine.InputRule;
import vn.followup.engine.ProcessVariable;
import vn.followup.item.ItemProcess;
import vn.followup.notice.ReportSections;
import vn.followup.notice.NoticeProcess;
import vn.followup.noticetext.NoticeFromTextProcess;
import vn.followup.office.OfficeActionProcess;
import vn.followup.watch.DeadlineWatchProcess;

/**
 * Each variable of the item and of its deadline watch is declared once, in its process's
 * {@code Values} ({@link ProcessVariable}: name, type, form input, audit label, choices, history
 * treatment): the {@code Vars} names and {@code Fields} rules are read from that declaration, no
 * other source declares the name again, and every input of every form is a declared variable
 * (an item's or a watch's form: with its input rule). Adding a field is one declaration plus the form.
 */
@Tag("fast")
class VariablesDeclaredOnceTest {

  private static final Path JAVA = Path.of("src/main/java");
  private static final Path FORMS = Path.of("forms");
  private static final Path BPMN = Path.of("bpmn");

  /** The processes whose variables are declared once, with the model whose forms they ask. */
  private static final Map<Class<?>, String> DECLARING = Map.of(ItemProcess.class, "follow-up-item.bpmn",
      DeadlineWatchProcess.class, "deadline-watch.bpmn");

  /**
   * Names that another process declares as a variable of its own (not a copy of the item's or the
   * watch's), with the source that does: the notice's own number and label, the office's forms
   * that ask for an item to add or a deadline to change.
   */
  private static final Map<String, Set<String>> OWN_VARIABLE_OF_ANOTHER_PROCESS = Map.of(
      "noticeId", Set.of("notice/NoticeProcess.java", "office/OfficeActionProcess.java"),
      "noticeLabel", Set.of("notice/NoticeProcess.java"),
      "noticeNumbered", Set.of("notice/NoticeProcess.java"),
      "proposer", Set.of("notice/NoticeProcess.java"),
      "itemNumber", Set.of("office/OfficeActionProcess.java"),
      "itemKind", Set.of("office/OfficeActionProcess.java"),
      "deadlineType", Set.of("office/OfficeActionProcess.java"));

  /** A declaration of a variable name in Java: a typed variable, an input rule or a name constant. */
  private static final Pattern DECLARATION = Pattern.compile(
      "(?:ProcessVariable\\.\\w+\\(|InputRule\\.\\w+\\(|static final String [A-Z_0-9]+ = )\"(\\w+)\"");

  /** Keys of a repeating list's rows (a notice's items and reports), declared by the rule of their list. */
  private static final Set<String> LIST_ROW_KEYS = Set.of("number", "text", "kind", "lead", "coordinators",
      "responseDeadline", "completionDeadline", "reportNumber", "coordinator", "phrase", "agency", "items");

  private static final Set<String> LAYOUT_TYPES = Set.of("text", "html", "image", "button", "group",
      "dynamiclist", "table", "iframe", "separator", "spacer");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eachNameIsOneDeclarationAndVarsAndFieldsAreReadFromIt() throws Exception {
    Map<String, ProcessVariable<?>> byName = new TreeMap<>();
    List<String> twice = new ArrayList<>();
    for (Class<?> process : DECLARING.keySet()) {
      Class<?> values = nested(process, "Values");
      for (ProcessVariable<?> variable : ProcessVariable.declaredIn(values)) {
        ProcessVariable<?> before = byName.putIfAbsent(variable.name(), variable);
        if (before != null && before != variable) {
          twice.add(variable.name() + " in " + values.getName());
        }
      }
    }
    assertThat(twice).as("variables declared twice (an alias names the one declaration)").isEmpty();

    List<String> notDerived = new ArrayList<>();
    for (Class<?> process : DECLARING.keySet()) {
      Map<String, ProcessVariable<?>> values = fields(nested(process, "Values"), ProcessVariable.class);
      fields(nested(process, "Vars"), String.class).forEach((constant, name) -> {
        if (values.get(constant) == null || !values.get(constant).name().equals(name)) {
          notDerived.add(process.getSimpleName() + ".Vars." + constant + " is not Values." + constant + ".name()");
        }
      });
      fields(nested(process, "Fields"), InputRule.class).forEach((constant, rule) -> {
        if (values.get(constant) == null || values.get(constant).input() != rule) {
          notDerived.add(process.getSimpleName() + ".Fields." + constant + " is not Values." + constant + ".input()");
        }
      });
    }
    assertThat(notDerived).as("names and rules written beside the declaration").isEmpty();
    assertThat(byName).containsKeys("responseNumber", "overdue", "urgeAction", "item");
    assertThat(byName.get("responseNumber").input().label()).isEqualTo("Số văn bản");
    assertThat(byName.get("responseNumber").auditLabel()).isEqualTo("Số văn bản trả lời");
    assertThat(byName.get("focalOfficer").auditLabel()).as("an audit label equal to the input's is the input's")
        .isEqualTo(byName.get("focalOfficer").input().label());
    assertThat(byName.get("receiptDueAt").isRecordedElsewhere()).isTrue();
  }

  @Test
  void noOtherSourceDeclaresTheNameOfAnItemOrWatchVariableAgain() throws IOException {
    Set<String> declared = new TreeSet<>();
    for (Class<?> process : DECLARING.keySet()) {
      ProcessVariable.declaredIn(nested(process, "Values")).forEach(variable -> declared.add(variable.name()));
    }
    Map<String, List<String>> places = declarations();
    List<String> again = new ArrayList<>();
    places.forEach((name, files) -> {
      if (!declared.contains(name)) {
        return;
      }
      List<String> elsewhere = files.stream().filter(file -> !file.endsWith("item/ItemProcess.java")
          && !file.endsWith("watch/DeadlineWatchProcess.java")).toList();
      Set<String> allowed = OWN_VARIABLE_OF_ANOTHER_PROCESS.getOrDefault(name, Set.of());
      if (files.size() - elsewhere.size() != 1 || !elsewhere.stream().allMatch(file -> allowed.stream()
          .anyMatch(file::endsWith))) {
        again.add(name + " declared in " + files);
      }
    });
    assertThat(again).as("names of the item's and the watch's variables declared more than once").isEmpty();
    OWN_VARIABLE_OF_ANOTHER_PROCESS.forEach((name, files) -> assertThat(places.get(name))
        .as(name + " is still another process's own variable").hasSize(files.size() + 1));
  }

  @Test
  void everyFormInputIsADeclaredVariableAndItemAndWatchInputsCarryTheirRule() throws Exception {
    Set<String> declared = new TreeSet<>(LIST_ROW_KEYS);
    for (Class<?> holder : List.of(ItemProcess.Values.class, ItemProcess.Columns.class,
        DeadlineWatchProcess.Values.class, ReportSections.Values.class, OfficeActionProcess.Values.class,
        NoticeProcess.Values.class, NoticeFromTextProcess.Values.class)) {
      ProcessVariable.declaredIn(holder).forEach(variable -> declared.add(variable.name()));
    }
    for (Class<?> holder : List.of(ReportSections.Fields.class, NoticeProcess.Fields.class,
        NoticeFromTextProcess.Fields.class, OfficeActionProcess.Fields.class)) {
      VariablesDeclaredOnceTest.<InputRule>fields(holder, InputRule.class).values()
          .forEach(rule -> declared.add(rule.key()));
    }
    for (Class<?> holder : List.of(NoticeProcess.Vars.class, NoticeFromTextProcess.Vars.class,
        OfficeActionProcess.Vars.class)) {
      declared.addAll(VariablesDeclaredOnceTest.<String>fields(holder, String.class).values());
    }
    Map<String, ProcessVariable<?>> asked = new TreeMap<>();
    Set<String> itemAndWatchForms = new TreeSet<>();
    for (Map.Entry<Class<?>, String> process : DECLARING.entrySet()) {
      ProcessVariable.declaredIn(nested(process.getKey(), "Values")).forEach(variable -> asked.put(variable.name(),
          variable));
      Matcher ref = Pattern.compile("camunda:formRef=\"(\\w+)\"").matcher(Files.readString(BPMN.resolve(
          process.getValue())));
      while (ref.find()) {
        itemAndWatchForms.add(ref.group(1));
      }
    }
    List<String> undeclared = new ArrayList<>();
    List<String> withoutRule = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        String formId = form.path("id").asText();
        walk(form.path("components"), c -> {
          for (String property : List.of("key", "path", "valuesKey")) {
            if (c.hasNonNull(property) && !declared.contains(c.path(property).asText())) {
              undeclared.add(formId + " " + property + " " + c.path(property).asText());
            }
          }
          String key = c.path("key").asText("");
          if (itemAndWatchForms.contains(formId) && !key.isEmpty() && !LAYOUT_TYPES.contains(c.path("type").asText())
              && !"checkbox".equals(c.path("type").asText()) && !c.path("readonly").asBoolean(false)
              && !c.path("disabled").asBoolean(false)) {
            ProcessVariable<?> variable = asked.get(key);
            if (variable == null || variable.input() == null) {
              withoutRule.add(formId + " " + key);
            }
            checked.add(formId + " " + key);
          }
        });
      }
    }
    assertThat(undeclared).as("form inputs that are no declared variable").isEmpty();
    assertThat(withoutRule).as("inputs of the item's and the watch's forms whose variable declares no input rule")
        .isEmpty();
    assertThat(itemAndWatchForms).contains("Form_WriteResponse", "Form_Urge");
    assertThat(checked).contains("Form_WriteResponse responseNumber", "Form_Urge urgeAction",
        "Form_ReceiveItem focalOfficer");
  }

  @Test
  void declarationsOfANameAreFoundInASource() {
    Map<String, List<String>> places = new LinkedHashMap<>();
    collect("office/Sample.java", """
        public static final ProcessVariable<String> A = ProcessVariable.text("responseNumber");
        public static final InputRule B = InputRule.text("focalOfficer", "Cán bộ đầu mối", 255);
        public static final String C = "closedBy";
        String notADeclaration = "urgeNote";
        """, places);
    assertThat(places).containsOnlyKeys("responseNumber", "focalOfficer", "closedBy");
  }

  /** Where each name is declared in the production sources (file names relative to vn/followup). */
  private static Map<String, List<String>> declarations() throws IOException {
    Map<String, List<String>> places = new TreeMap<>();
    try (Stream<Path> files = Files.walk(JAVA)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        collect(JAVA.relativize(file).toString().replace('\\', '/'), Files.readString(file), places);
      }
    }
    return places;
  }

  private static void collect(String file, String source, Map<String, List<String>> places) {
    Matcher declaration = DECLARATION.matcher(source);
    while (declaration.find()) {
      places.computeIfAbsent(declaration.group(1), name -> new ArrayList<>()).add(file);
    }
  }

  private static Class<?> nested(Class<?> process, String name) {
    for (Class<?> nested : process.getDeclaredClasses()) {
      if (nested.getSimpleName().equals(name)) {
        return nested;
      }
    }
    throw new IllegalStateException(process.getName() + " has no " + name);
  }

  @SuppressWarnings("unchecked")
  private static <T> Map<String, T> fields(Class<?> holder, Class<?> type) throws IllegalAccessException {
    Map<String, T> fields = new LinkedHashMap<>();
    for (Field field : holder.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
        fields.put(field.getName(), (T) field.get(null));
      }
    }
    return fields;
  }

  private static void walk(JsonNode components, Consumer<JsonNode> visitor) {
    for (JsonNode component : components) {
      visitor.accept(component);
      walk(component.path("components"), visitor);
    }
  }
}
