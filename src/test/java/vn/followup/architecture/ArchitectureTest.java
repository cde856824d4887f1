package vn.followup.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.followup.system.EnginePluginOrder;
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
    rooms.put("guard", Set.of("engine", "organisation", "system"));
    rooms.put("access", Set.of("guard", "organisation", "export", "system"));
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
    rooms.put("setup", Set.of("office", "noticetext", "notice", "tasklist", "item", "deadline", "organisation",
        "engine", "system"));
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

  /**
   * Every engine plugin of the product takes its place from {@link EnginePluginOrder}, the one list
   * of their order, and no two share a place.
   */
  @Test
  void everyEnginePluginTakesItsPlaceFromTheOneOrderList() throws IllegalAccessException {
    Set<Integer> places = new HashSet<>();
    for (Field field : EnginePluginOrder.class.getFields()) {
      places.add(field.getInt(null));
    }
    List<String> plugins = new ArrayList<>();
    Set<Integer> taken = new HashSet<>();
    for (JavaClass each : classes) {
      if (each.isAssignableTo(ProcessEnginePlugin.class) && !each.getModifiers().contains(JavaModifier.ABSTRACT)
          && each.isAnnotatedWith(Component.class)) {
        plugins.add(each.getSimpleName());
        assertThat(each.isAnnotatedWith(Order.class)).as(each.getName() + " has an @Order").isTrue();
        int place = each.reflect().getAnnotation(Order.class).value();
        assertThat(places).as(each.getName() + "'s @Order is one of EnginePluginOrder's").contains(place);
        assertThat(taken.add(place)).as(each.getName() + "'s place is its own").isTrue();
      }
    }
    assertThat(plugins).hasSameSizeAs(places);
  }

  @Test
  void noCycleBetweenRooms() {
    slices().matching("vn.followup.(*)..").should().beFreeOfCycles().check(classes);
  }

  /** The bottom room's parts (database, errors, history, passwords) do not use each other in a circle. */
  @Test
  void noCycleBetweenThePartsOfSystem() {
    slices().matching("vn.followup.system.(*)..").should().beFreeOfCycles().check(classes);
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
