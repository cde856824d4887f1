package vn.followup.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The README and {@code docs/} point at things that exist: every relative link opens a file of the
 * repository, every file path written in code style is a file of the repository (or one the
 * application or the benchmark writes at run time), and every class name written in code style is a
 * class of the project or one of the few outside names the documents explain. A class renamed or
 * moved without its documents fails here.
 */
@Tag("fast")
class DocsNameWhatExistsTest {

  /** Names of other projects' classes and terms the documents quote in code style, each on purpose. */
  private static final Set<String> OUTSIDE_NAMES = Set.of(
      // Spring Boot, Camunda and Tomcat classes the documents explain the product against
      "ApplicationReadyEvent", "BasicErrorController", "ClockUtil", "CsrfPreventionFilter", "HashMap",
      // camunda-bpm-data, whose style the variable declarations follow
      "VariableFactory",
      // PDF dictionary keys the document check refuses
      "EmbeddedFiles", "FileAttachment", "GoToE", "GoToR", "ImportData", "JavaScript", "OpenAction", "SubmitForm",
      // error types of the engine REST API, JVM options and figures, ISO durations, BPMN and product names
      "InvalidRequest", "NotFound", "ServerError", "UseSerialGC", "VmRSS", "P10Y", "PostgreSQL", "DueAt");

  /**
   * Files that are never in the repository: what the application or the benchmark writes when it
   * runs, and the scripts inside Camunda's jars the operations guide names.
   */
  private static final List<String> OUTSIDE_FILES = List.of("data/", "target/", "results.txt",
      "org/camunda/bpm/engine/db/", "sql/liquibase/");

  private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
  private static final Pattern CLASS_NAME = Pattern.compile("\\b([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)\\b");
  private static final Pattern FILE_PATH =
      Pattern.compile("^[\\w./*-]*\\w\\.(java|bpmn|form|yaml|yml|md|js|sql|json|png|txt|sh|properties|xml)$");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)");

  private static List<Path> documents;
  private static Set<String> classNames;
  private static List<String> files;

  @BeforeAll
  static void readTheRepository() throws IOException {
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      documents = Stream.concat(Stream.of(Path.of("README.md")),
          docs.filter(path -> path.toString().endsWith(".md")).sorted()).toList();
    }
    files = new ArrayList<>();
    for (String root : List.of("src", "bpmn", "forms", "docs", ".ci", ".mvn")) {
      try (Stream<Path> tree = Files.walk(Path.of(root))) {
        tree.filter(Files::isRegularFile).map(path -> path.toString().replace('\\', '/')).forEach(files::add);
      }
    }
    Stream.of("pom.xml", "README.md", "mvnw").forEach(files::add);
    classNames = files.stream().filter(file -> file.endsWith(".java"))
        .map(file -> file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length()))
        .collect(Collectors.toSet());
  }

  @Test
  void everyRelativeLinkOpensAFileOfTheRepository() throws IOException {
    Set<String> broken = new TreeSet<>();
    for (Path document : documents) {
      Matcher link = LINK.matcher(Files.readString(document));
      while (link.find()) {
        String target = link.group(1);
        Path parent = document.getParent() == null ? Path.of("") : document.getParent();
        if (!target.contains("://") && !target.startsWith("mailto:") && !Files.exists(parent.resolve(target))) {
          broken.add(document + " → " + target);
        }
      }
    }
    assertThat(broken).as("links to files that do not exist").isEmpty();
  }

  @Test
  void everyFileNamedInCodeStyleIsInTheRepository() throws IOException {
    Set<String> missing = new TreeSet<>();
    for (Path document : documents) {
      for (String code : codeSpans(document)) {
        if (FILE_PATH.matcher(code).matches() && !code.startsWith(".") && OUTSIDE_FILES.stream().noneMatch(code::startsWith)
            && files.stream().noneMatch(file -> names(file, code))) {
          missing.add(document + " → " + code);
        }
      }
    }
    assertThat(missing).as("files named in the documents that are not in the repository").isEmpty();
  }

  @Test
  void everyClassNamedInCodeStyleIsAClassOfTheProject() throws IOException {
    Set<String> missing = new TreeSet<>();
    for (Path document : documents) {
      for (String code : codeSpans(document)) {
        Matcher name = CLASS_NAME.matcher(code);
        while (name.find()) {
          if (!classNames.contains(name.group(1)) && !OUTSIDE_NAMES.contains(name.group(1))) {
            missing.add(document + " → " + name.group(1));
          }
        }
      }
    }
    assertThat(missing).as("class names in the documents that are no class of the project").isEmpty();
  }

  @Test
  void theOutsideNamesAreNoClassesOfTheProject() {
    assertThat(OUTSIDE_NAMES).as("a project class is checked, not excused").doesNotContainAnyElementsOf(classNames);
  }

  /** Whether a repository file is the one a document names: by its path, its tail, or a {@code *} pattern. */
  private static boolean names(String file, String named) {
    if (named.contains("*")) {
      Pattern glob = Pattern.compile("(^|.*/)" + Pattern.quote(named).replace("*", "\\E[^/]*\\Q"));
      return glob.matcher(file).matches();
    }
    return file.equals(named) || file.endsWith("/" + named) || file.endsWith("." + named);
  }

  private static List<String> codeSpans(Path document) throws IOException {
    List<String> spans = new ArrayList<>();
    Matcher code = CODE.matcher(Files.readString(document));
    while (code.find()) {
      spans.add(code.group(1).trim());
    }
    return spans;
  }
}
