package vn.followup.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
import java.util.TreeMap;
import java.util.stream.Collectors;
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

  /**
   * The item room's sub-rooms, one stage of the item model's BPMN elements each, with the other
   * sub-rooms each may use. All of them use the item's core ({@code vn.followup.item} itself), which
   * uses none of them.
   */
  static final Map<String, Set<String>> ITEM_ROOMS = itemRooms();

  /** The most top-level classes one package may hold: beyond it, the room has more than one job. */
  static final int MOST_CLASSES_PER_PACKAGE = 30;

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

  private static Map<String, Set<String>> itemRooms() {
    Map<String, Set<String>> rooms = new LinkedHashMap<>();
    rooms.put("coordination", Set.of());
    rooms.put("extension", Set.of());
    rooms.put("response", Set.of("coordination", "extension"));
    rooms.put("implementation", Set.of("extension"));
    rooms.put("closure", Set.of());
    rooms.put("changes", Set.of());
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

  @Test
  void theItemCoreUsesNoneOfItsSubRooms() {
    noClasses().that().resideInAPackage("vn.followup.item")
        .should().dependOnClassesThat().resideInAPackage("vn.followup.item.*..")
        .because("the item's stages use its core, not the other way round")
        .check(classes);
  }

  @Test
  void everyItemSubRoomUsesOnlyTheCoreAndTheSubRoomsOfItsRow() {
    for (Map.Entry<String, Set<String>> room : ITEM_ROOMS.entrySet()) {
      List<String> allowed = new ArrayList<>();
      allowed.add("vn.followup.item");
      allowed.add("vn.followup.item." + room.getKey() + "..");
      room.getValue().forEach(other -> allowed.add("vn.followup.item." + other + ".."));
      classes().that().resideInAPackage("vn.followup.item." + room.getKey() + "..")
          .should().onlyDependOnClassesThat(not(resideInAPackage("vn.followup.item..")).or(
              resideInAnyPackage(allowed.toArray(String[]::new))))
          .because("item sub-room " + room.getKey() + " may use only the core and " + room.getValue())
          .check(classes);
    }
  }

  @Test
  void noCycleBetweenTheItemSubRooms() {
    slices().matching("vn.followup.item.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void everyItemSubRoomIsInItsTable() throws IOException {
    try (Stream<Path> packages = Files.list(Path.of("src/main/java/vn/followup/item"))) {
      assertThat(packages.filter(Files::isDirectory).map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(ITEM_ROOMS.keySet());
    }
  }

  @Test
  void noPackageHoldsMoreThanThirtyClasses() {
    Map<String, Long> perPackage = classes.stream()
        .filter(each -> each.isTopLevelClass() && !each.getSimpleName().equals("package-info"))
        .collect(Collectors.groupingBy(JavaClass::getPackageName, TreeMap::new, Collectors.counting()));
    assertThat(perPackage).as("top-level classes per package").isNotEmpty()
        .allSatisfy((name, count) -> assertThat(count).as(name).isLessThanOrEqualTo(MOST_CLASSES_PER_PACKAGE));
  }

  @Test
  void theArchitectureDocumentShowsEveryItemSubRoom() throws IOException {
    String architecture = Files.readString(Path.of("docs", "architecture.md"));
    for (String room : ITEM_ROOMS.keySet()) {
      assertThat(architecture).as("docs/architecture.md folder table row of item sub-room " + room)
          .contains("| `src/main/java/vn/followup/item/" + room + "` |");
    }
  }
}
