package vn.followup.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.followup.deadline.DeadlineType;
import vn.followup.engine.Choice;
import vn.followup.report.Figure;
import vn.followup.support.FastTest;

/**
 * Every label of a choice or a report category ({@link Choice}'s enums: decisions, states,
 * outcomes, timeliness, lifecycle; the {@link DeadlineType}s and the report's {@link Figure}s) is written
 * once, in its enum: no other Java source and no webapp script holds it as a string literal. Forms
 * and models, which cannot read Java, are checked against the enums by {@code FormsContractTest}.
 */
@FastTest
class LabelsOnceTest {

  private static final Path JAVA = Path.of("src/main/java");
  private static final Path WEBAPP = Path.of("src/main/resources/META-INF/resources/webjars");

  /** Each enum's labels (label → constant), by the path of its source. */
  private static Map<Path, Map<String, String>> labels;

  @BeforeAll
  static void readTheLabelledEnums() throws Exception {
    labels = new TreeMap<>();
    List<JavaClass> enums = ProductionClasses.get().stream()
        .filter(JavaClass::isEnum)
        .filter(type -> type.isAssignableTo(Choice.class) || type.isEquivalentTo(Figure.class)
            || type.isEquivalentTo(DeadlineType.class))
        .toList();
    for (JavaClass type : enums) {
      Class<?> enumType = Class.forName(type.getName());
      Map<String, String> byLabel = new TreeMap<>();
      for (Object constant : enumType.getEnumConstants()) {
        byLabel.put((String) enumType.getMethod("label").invoke(constant), type.getSimpleName() + "." + constant);
      }
      labels.put(JAVA.resolve(type.getName().replace('.', '/') + ".java"), byLabel);
    }
  }

  @Test
  void everyChoiceAndCategoryLabelIsWrittenInOneFileOnly() throws IOException {
    Map<String, String> constants = new TreeMap<>();
    labels.values().forEach(byLabel -> byLabel.forEach((label, constant) -> constants.merge(label, constant,
        (one, other) -> one + ", " + other)));
    Map<String, List<String>> writtenIn = new TreeMap<>();
    for (Path file : sources()) {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
          continue;
        }
        for (String label : constants.keySet()) {
          if (line.contains('"' + label + '"') || line.contains('\'' + label + '\'')) {
            writtenIn.computeIfAbsent(label, k -> new ArrayList<>()).add(file + ":" + (i + 1));
          }
        }
      }
    }
    List<String> twice = new ArrayList<>();
    writtenIn.forEach((label, places) -> {
      if (places.size() > 1) {
        twice.add("\"" + label + "\" (" + constants.get(label) + ") in " + places);
      }
    });
    assertThat(twice).as("labels written more than once; one enum writes it, the others and the scripts read it")
        .isEmpty();
    assertThat(constants.keySet()).as("every label is written somewhere").allMatch(writtenIn::containsKey);
  }

  @Test
  void theEnumsAndSourcesAreFound() throws IOException {
    assertThat(labels.values().stream().flatMap(byLabel -> byLabel.values().stream()))
        .contains("ClosureOutcome.COMPLETED_ON_TIME", "Timeliness.DONE_ON_TIME", "Lifecycle.CLOSED",
            "DeadlineType.RESPONSE", "ReviewDecision.ACCEPT", "ExtensionDecision.APPROVE",
            "ImplementationState.IN_PROGRESS", "Figure.TOTAL");
    assertThat(labels.keySet()).allMatch(Files::isRegularFile);
    assertThat(sources()).contains(WEBAPP.resolve("camunda/app/cockpit/scripts/followup-dashboard.js"),
        JAVA.resolve("vn/followup/report/StatusReportTables.java"));
  }

  /** The production Java sources and the webapp's own scripts (Camunda's translation files are not ours). */
  private static List<Path> sources() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> java = Files.walk(JAVA); Stream<Path> scripts = Files.walk(WEBAPP)) {
      java.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
      scripts.filter(p -> p.toString().endsWith(".js")).forEach(files::add);
    }
    return files;
  }
}
