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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
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
 * Each variable of every process is declared once, in its process's {@code Values}
 * ({@link ProcessVariable}: name, type, form inputs, audit label, choices, history treatment): the
 * {@code Vars} names and {@code Fields} rules are read from that declaration, no other source
 * declares the name again, and every input of every form is a declared variable asked by that
 * form (its rule for every form or the form's own), or a row member of a declared list. Adding a
 * field is one declaration plus the form.
 */
@Tag("fast")
class VariablesDeclaredOnceTest {

  private static final Path JAVA = Path.of("src/main/java");
  private static final Path FORMS = Path.of("forms");

  /** The classes that declare the variables of the processes, with those that read names and rules from them. */
  private static final List<Class<?>> PROCESSES = List.of(ItemProcess.class, DeadlineWatchProcess.class,
      ReportSections.class, NoticeProcess.class, NoticeFromTextProcess.class, OfficeActionProcess.class);

  /** A declaration of a variable name in Java: a typed variable or a name constant. */
  private static final Pattern DECLARATION = Pattern.compile(
      "(?:ProcessVariable\\.\\w+\\(|static final String [A-Z_0-9]+ = )\"(\\w+)\"");

  /** A declaration of a list's row member: an input rule written with its key. */
  private static final Pattern ROW_DECLARATION = Pattern.compile("InputRule\\.\\w+\\(\"(\\w+)\"");

  private static final Set<String> LAYOUT_TYPES = Set.of("text", "html", "image", "button", "group",
      "dynamiclist", "table", "iframe", "separator", "spacer");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eachNameIsOneDeclarationAndVarsAndFieldsAreReadFromIt() throws Exception {
    Map<String, ProcessVariable<?>> byName = declared();
    List<String> twice = new ArrayList<>();
    for (Class<?> process : PROCESSES) {
      for (Class<?> holder : holders(process)) {
        for (ProcessVariable<?> variable : ProcessVariable.declaredIn(holder)) {
          if (!variable.isSameDeclarationAs(byName.get(variable.name()))) {
            twice.add(variable.name() + " in " + holder.getName());
          }
        }
      }
    }
    assertThat(twice).as("variables declared twice (an alias names the one declaration)").isEmpty();
    List<String> askedTwice = new ArrayList<>();
    steps().forEach((name, steps) -> {
      if (steps.stream().filter(VariablesDeclaredOnceTest::asked).count() > 1) {
        askedTwice.add(name);
      }
    });
    assertThat(askedTwice).as("variables whose form rules are given in more than one place").isEmpty();

    List<String> notDerived = new ArrayList<>();
    for (Class<?> process : PROCESSES) {
      Map<String, ProcessVariable<?>> values = fields(nested(process, "Values"), ProcessVariable.class);
      Set<InputRule> rules = Collections.newSetFromMap(new IdentityHashMap<>());
      values.values().forEach(variable -> {
        rules.addAll(variable.inputs());
        rules.addAll(variable.rows());
      });
      if (has(process, "Vars")) {
        fields(nested(process, "Vars"), String.class).forEach((constant, name) -> {
          if (values.get(constant) == null || !values.get(constant).name().equals(name)) {
            notDerived.add(process.getSimpleName() + ".Vars." + constant + " is not Values." + constant + ".name()");
          }
        });
      }
      VariablesDeclaredOnceTest.<InputRule>fields(nested(process, "Fields"), InputRule.class)
          .forEach((constant, rule) -> {
            if (!rules.contains(rule)) {
              notDerived.add(process.getSimpleName() + ".Fields." + constant + " is no rule of a declaration in Values");
            }
          });
    }
    assertThat(notDerived).as("names and rules written beside the declaration").isEmpty();
    assertThat(byName).containsKeys("responseNumber", "overdue", "urgeAction", "item", "noticeNumber",
        "decisionNumber", "noticeText", "reportText");
    assertThat(byName.get("responseNumber").input().label()).isEqualTo("Số văn bản");
    assertThat(byName.get("responseNumber").auditLabel()).isEqualTo("Số văn bản trả lời");
    assertThat(byName.get("focalOfficer").auditLabel()).as("an audit label equal to the input's is the input's")
        .isEqualTo(byName.get("focalOfficer").input().label());
    assertThat(byName.get("receiptDueAt").isRecordedElsewhere()).isTrue();
    assertThat(OfficeActionProcess.Values.DECISION_NUMBER.input("Form_OfficeChangeDeadline").label())
        .as("a form's own rule, its label read from the rule for every form")
        .isEqualTo(OfficeActionProcess.Values.DECISION_NUMBER.input().label() + " của Ban Thường vụ");
  }

  @Test
  void noOtherSourceDeclaresTheNameOfAVariableOrARowMemberAgain() throws Exception {
    Set<String> variables = declared().keySet();
    Set<String> rowKeys = new TreeSet<>();
    declared().values().forEach(variable -> variable.rows().forEach(row -> rowKeys.add(row.key())));
    List<String> again = new ArrayList<>();
    declarations(DECLARATION).forEach((name, files) -> {
      if (variables.contains(name) && files.size() != 1) {
        again.add("variable " + name + " declared in " + files);
      }
    });
    declarations(ROW_DECLARATION).forEach((key, files) -> {
      if (files.size() != 1) {
        again.add("row member " + key + " declared in " + files);
      } else if (!rowKeys.contains(key)) {
        again.add("input rule with its own key " + key + " in " + files + ", no declared list's row");
      }
    });
    assertThat(again).as("names declared more than once, rules keyed beside a declaration").isEmpty();
    assertThat(rowKeys).contains("number", "lead", "phrase");
  }

  @Test
  void everyFormInputIsADeclaredVariableAskedByThatFormOrARowOfADeclaredList() throws Exception {
    Map<String, ProcessVariable<?>> declared = declared();
    List<String> undeclared = new ArrayList<>();
    List<String> withoutRule = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        String formId = form.path("id").asText();
        walk(form.path("components"), null, (c, list) -> {
          for (String property : List.of("path", "valuesKey")) {
            if (c.hasNonNull(property) && !declared.containsKey(c.path(property).asText())) {
              undeclared.add(formId + " " + property + " " + c.path(property).asText());
            }
          }
          String key = c.path("key").asText("");
          if (key.isEmpty()) {
            return;
          }
          InputRule rule;
          if (list != null) {
            rule = list.rows().stream().filter(row -> row.key().equals(key)).findFirst().orElse(null);
            if (rule == null) {
              undeclared.add(formId + " " + list.name() + "[]." + key);
              return;
            }
            rule = rule.forms().isEmpty() || rule.forms().contains(formId) ? rule : null;
          } else if (!declared.containsKey(key)) {
            undeclared.add(formId + " key " + key);
            return;
          } else {
            rule = declared.get(key).input(formId);
          }
          if (!LAYOUT_TYPES.contains(c.path("type").asText()) && !"checkbox".equals(c.path("type").asText())
              && !c.path("readonly").asBoolean(false) && !c.path("disabled").asBoolean(false)) {
            if (rule == null || !rule.key().equals(key)) {
              withoutRule.add(formId + " " + key);
            }
            checked.add(formId + " " + key);
          }
        });
      }
    }
    assertThat(undeclared).as("form inputs that are no declared variable or row member").isEmpty();
    assertThat(withoutRule).as("form inputs whose declaration gives no rule for that form").isEmpty();
    assertThat(checked).contains("Form_WriteResponse responseNumber", "Form_Urge urgeAction",
        "Form_ReceiveItem focalOfficer", "Form_RegisterNotice number", "Form_RegisterNotice noticeNumber",
        "Form_NumberNotice noticeNumber", "Form_OfficeChangeDeadline decisionNumber",
        "Form_OfficeReopenItem newDeadline", "Form_OfficeAddItem lead", "Form_PasteNoticeText noticeText",
        "Form_WriteReport reportText");
  }

  @Test
  void declarationsOfANameAreFoundInASource() {
    Map<String, List<String>> places = new LinkedHashMap<>();
    collect("office/Sample.java", """
        public static final ProcessVariable<String> A = ProcessVariable.text("responseNumber");
        public static final ProcessVariable<String> B = ProcessVariable.text("focalOfficer")
            .asked(InputRule.text("Cán bộ đầu mối", 255));
        public static final String C = "closedBy";
        String notADeclaration = "urgeNote";
        public static final ProcessVariable<List<Object>> D = ProcessVariable.list("items")
            .withRows(InputRule.text("number", "Số thứ tự", 20));
        """, DECLARATION, places);
    assertThat(places).containsOnlyKeys("responseNumber", "focalOfficer", "closedBy", "items");
    Map<String, List<String>> rows = new LinkedHashMap<>();
    collect("office/Sample.java", "ProcessVariable.list(\"items\").withRows(InputRule.text(\"number\", \"Số\", 20))",
        ROW_DECLARATION, rows);
    assertThat(rows).containsOnlyKeys("number");
  }

  /**
   * Every declared variable by its name: the one that forms ask it by, where a process asks
   * another's declaration ({@code ItemProcess.Values.ITEM_NUMBER.asked(...)} in the office's).
   */
  private static Map<String, ProcessVariable<?>> declared() throws Exception {
    Map<String, ProcessVariable<?>> byName = new TreeMap<>();
    steps().forEach((name, steps) -> byName.put(name, steps.stream().filter(VariablesDeclaredOnceTest::asked)
        .findFirst().orElse(steps.get(0))));
    return byName;
  }

  /** The distinct objects each name is held by in the processes' holders (aliases are one). */
  private static Map<String, List<ProcessVariable<?>>> steps() {
    Map<String, List<ProcessVariable<?>>> byName = new TreeMap<>();
    for (Class<?> process : PROCESSES) {
      for (Class<?> holder : holders(process)) {
        for (ProcessVariable<?> variable : ProcessVariable.declaredIn(holder)) {
          List<ProcessVariable<?>> steps = byName.computeIfAbsent(variable.name(), name -> new ArrayList<>());
          if (steps.stream().noneMatch(step -> step == variable)) {
            steps.add(variable);
          }
        }
      }
    }
    return byName;
  }

  private static boolean asked(ProcessVariable<?> variable) {
    return !variable.inputs().isEmpty() || !variable.rows().isEmpty();
  }

  /** The classes of a process that hold declarations: its {@code Values} and the item's Tasklist columns. */
  private static List<Class<?>> holders(Class<?> process) {
    List<Class<?>> holders = new ArrayList<>(List.of(nested(process, "Values")));
    if (has(process, "Columns")) {
      holders.add(nested(process, "Columns"));
    }
    return holders;
  }

  /** Where each name is declared in the production sources (file names relative to vn/followup). */
  private static Map<String, List<String>> declarations(Pattern declaration) throws IOException {
    Map<String, List<String>> places = new TreeMap<>();
    try (Stream<Path> files = Files.walk(JAVA)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        collect(JAVA.relativize(file).toString().replace('\\', '/'), Files.readString(file), declaration, places);
      }
    }
    return places;
  }

  private static void collect(String file, String source, Pattern pattern, Map<String, List<String>> places) {
    Matcher declaration = pattern.matcher(source);
    while (declaration.find()) {
      places.computeIfAbsent(declaration.group(1), name -> new ArrayList<>()).add(file);
    }
  }

  private static boolean has(Class<?> process, String name) {
    return Stream.of(process.getDeclaredClasses()).anyMatch(nested -> nested.getSimpleName().equals(name));
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

  /** Visits each component with the declared list whose repeating rows it is in (null outside one). */
  private static void walk(JsonNode components, ProcessVariable<?> list,
      BiConsumer<JsonNode, ProcessVariable<?>> visitor) throws Exception {
    for (JsonNode component : components) {
      visitor.accept(component, list);
      ProcessVariable<?> rows = "dynamiclist".equals(component.path("type").asText())
          ? declared().get(component.path("path").asText()) : list;
      walk(component.path("components"), rows, visitor);
    }
  }
}
