package vn.followup.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

/**
 * The rooms of {@code vn.followup} and which rooms each may use: dependencies point downwards
 * only. A new dependency between rooms is a decision; it is made here, in this table, or not at
 * all. docs/architecture.md's folder table names the same rooms.
 */
@FastTest
class ArchitectureTest {

  /** Each room with the rooms it may use, from the bottom up. */
  static final Map<String, Set<String>> ROOMS = rooms();

  private static JavaClasses classes;

  private static Map<String, Set<String>> rooms() {
    Map<String, Set<String>> rooms = new LinkedHashMap<>();
    rooms.put("export", Set.of());
    rooms.put("system", Set.of());
    rooms.put("organisation", Set.of("system"));
    rooms.put("deadline", Set.of("system"));
    rooms.put("security", Set.of("organisation", "system"));
    rooms.put("engine", Set.of("deadline", "system"));
    rooms.put("watch", Set.of("engine", "deadline", "organisation", "system"));
    rooms.put("item", Set.of("watch", "engine", "deadline", "organisation", "system"));
    rooms.put("report", Set.of("item", "watch", "engine", "deadline", "organisation", "export", "system"));
    rooms.put("tasklist", Set.of("item", "watch", "engine", "deadline", "organisation", "system"));
    rooms.put("notification", Set.of("item", "watch", "engine", "deadline", "organisation", "export", "system"));
    rooms.put("notice", Set.of("report", "item", "watch", "engine", "deadline", "organisation", "export", "system"));
    rooms.put("noticetext", Set.of("notice", "engine", "deadline", "organisation", "export", "system"));
    rooms.put("document", Set.of("notice", "item", "watch", "engine", "deadline", "organisation", "export", "system"));
    rooms.put("office", Set.of("notice", "notification", "item", "watch", "engine", "deadline", "organisation",
        "export", "system"));
    rooms.put("audit", Set.of("office", "document", "report", "item", "watch", "engine", "deadline",
        "organisation", "export", "system"));
    rooms.put("access", Set.of("office", "noticetext", "notice", "notification", "tasklist", "item", "watch",
        "engine", "deadline", "organisation", "security", "export", "system"));
    return rooms;
  }

  @BeforeAll
  static void importProductionClasses() {
    classes = ProductionClasses.get();
  }

  @Test
  void everyRoomUsesOnlyTheRoomsBelowIt() {
    for (Map.Entry<String, Set<String>> room : ROOMS.entrySet()) {
      List<String> allowed = new ArrayList<>();
      allowed.add("vn.followup." + room.getKey() + "..");
      room.getValue().forEach(other -> allowed.add("vn.followup." + other + ".."));
      classes().that().resideInAPackage("vn.followup." + room.getKey() + "..")
          .should().onlyDependOnClassesThat(not(resideInAPackage("vn.followup..")).or(
              resideInAnyPackage(allowed.toArray(String[]::new))))
          .because("room " + room.getKey() + " may use only " + room.getValue())
          .check(classes);
    }
  }

  @Test
  void noCycleBetweenRooms() {
    slices().matching("vn.followup.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void everyPackageIsARoomOfTheTable() throws IOException {
    Path sources = Path.of("src/main/java/vn/followup");
    try (Stream<Path> packages = Files.list(sources)) {
      assertThat(packages.filter(Files::isDirectory).map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(ROOMS.keySet());
    }
  }

  @Test
  void theReadmesFolderTableShowsEveryRoom() throws IOException {
    String readme = Files.readString(Path.of("docs", "architecture.md"));
    for (String room : ROOMS.keySet()) {
      assertThat(readme).as("docs/architecture.md folder table row of room " + room)
          .contains("| `src/main/java/vn/followup/" + room + "` |");
    }
  }
}
