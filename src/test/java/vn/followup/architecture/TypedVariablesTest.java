package vn.followup.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

/**
 * Delegates, listeners and variable mappings read and write process variables only through typed
 * accessors ({@code vn.followup.engine.ProcessVariable}, the processes' {@code Values}), form input
 * through {@code FormInput} and JSON lists through {@code JsonVariables}: never a cast in front of
 * a variable read, never a raw {@code getVariable}/{@code setVariable} with a variable's name. Read
 * from the sources of the classes the engine calls, found among the compiled production classes.
 */
@FastTest
class TypedVariablesTest {

  private static final Path SOURCES = Path.of("src/main/java");

  private static final List<Class<?>> ENGINE_CALLBACKS = List.of(JavaDelegate.class, TaskListener.class,
      ExecutionListener.class, DelegateVariableMapping.class);

  /** A cast to a type in front of a variable read: {@code (String) task.getVariable(...)}, {@code (Map<..>) ...}. */
  static final Pattern CAST_READ = Pattern.compile("(?<![\\w>])\\(\\s*[A-Z]\\w*(<[^()]*>)?(\\[])?\\s*\\)"
      + "[\\w.()\\s]*?\\bget(Variable|VariableLocal|Variables|VariableTyped|VariableLocalTyped)\\s*\\(");

  /** A raw read or write of a variable named by a string literal or a constant: {@code setVariable(Vars.X, ...)}. */
  static final Pattern RAW_ACCESS = Pattern.compile(
      "\\b(get|set)Variable(Local)?\\s*\\(\\s*(\"|(\\w+\\.)*[A-Z][A-Z0-9_]*\\s*[,)])");

  /** Source file of each class the engine calls, by class name. */
  private static Map<String, Path> callbacks;

  @BeforeAll
  static void findTheClassesTheEngineCalls() {
    callbacks = new TreeMap<>();
    ProductionClasses.get().stream()
        .filter(type -> !type.isInterface())
        .filter(type -> ENGINE_CALLBACKS.stream().anyMatch(type::isAssignableTo))
        .forEach(type -> callbacks.put(type.getName(), sourceOf(type)));
  }

  @Test
  void delegatesListenersAndMappingsUseTypedVariablesOnly() {
    List<String> violations = new ArrayList<>();
    callbacks.forEach((name, source) -> {
      violations.addAll(violations(name, read(source)));
    });
    assertThat(violations)
        .as("casts of variable reads and raw variable accesses by name; use the process's Values "
            + "(ProcessVariable), FormInput or JsonVariables")
        .isEmpty();
  }

  @Test
  void theClassesTheEngineCallsAreFoundWithTheirSources() {
    assertThat(callbacks).containsKeys("vn.followup.watch.MarkOverdueDelegate", "vn.followup.item.WatchDeadlineMapping",
        "vn.followup.notice.RecordReportListener", "vn.followup.office.StopItemDelegate");
    callbacks.values().forEach(source -> assertThat(source).isRegularFile());
  }

  @Test
  void castsOfVariableReadsAndRawAccessesAreFoundWithTheirLines() {
    String source = """
        class Sample {
          // (String) task.getVariable(Vars.IN_A_COMMENT) is no access
          void notify(DelegateTask task) {
            String author = (String) task.getVariable(Vars.RESPONSE_AUTHOR);
            Date due = (Date) task.getExecution().getProcessInstance()
                .getVariable(name);
            List<Map<String, Object>> rows = (List<Map<String, Object>>) task.getVariableLocal(name);
            task.setVariable(Vars.CLOSED_BY, author);
            task.setVariableLocal("closedAt", due);
            Object raw = task.getVariable(AUTHOR);
            Values.CLOSED_BY.set(task, Values.RESPONSE_AUTHOR.get(task));
            ReportSections.SCOPE_VARIABLES.forEach(each -> task.setVariableLocal(each, null));
            String text = String.valueOf(task.getId());
          }
        }
        """;
    assertThat(violations("Sample", source)).containsExactly(
        "Sample (line 4): String author = (String) task.getVariable(Vars.RESPONSE_AUTHOR);",
        "Sample (line 5): Date due = (Date) task.getExecution().getProcessInstance()",
        "Sample (line 7): List<Map<String, Object>> rows = (List<Map<String, Object>>) task.getVariableLocal(name);",
        "Sample (line 8): task.setVariable(Vars.CLOSED_BY, author);",
        "Sample (line 9): task.setVariableLocal(\"closedAt\", due);",
        "Sample (line 10): Object raw = task.getVariable(AUTHOR);");
  }

  /** Each offending line once, in order: the class, the line number and the line. */
  static List<String> violations(String className, String source) {
    String code = withoutComments(source);
    String[] lines = source.split("\n", -1);
    Set<Integer> offending = new java.util.TreeSet<>();
    for (Pattern rule : List.of(CAST_READ, RAW_ACCESS)) {
      Matcher matcher = rule.matcher(code);
      while (matcher.find()) {
        offending.add(lineOf(code, matcher.start()));
      }
    }
    return offending.stream()
        .map(line -> className + " (line " + line + "): " + lines[line - 1].strip())
        .toList();
  }

  /** Comments blanked out, line breaks kept, so that offsets give the source's line numbers. */
  private static String withoutComments(String source) {
    StringBuilder code = new StringBuilder(source);
    Matcher comment = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL).matcher(source);
    while (comment.find()) {
      for (int i = comment.start(); i < comment.end(); i++) {
        if (code.charAt(i) != '\n') {
          code.setCharAt(i, ' ');
        }
      }
    }
    return code.toString();
  }

  private static int lineOf(String code, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (code.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static Path sourceOf(JavaClass type) {
    String file = type.getSource().flatMap(Source::getFileName)
        .orElse(type.getName().replaceFirst("^.*\\.", "").replaceFirst("\\$.*", "") + ".java");
    return SOURCES.resolve(type.getPackageName().replace('.', '/')).resolve(file);
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
