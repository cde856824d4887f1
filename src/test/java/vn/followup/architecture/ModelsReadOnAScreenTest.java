package vn.followup.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model in {@code bpmn/} reads on one screen and says what it is for (issue #29, point 3).
 * A plain unit test: the models are read from the working directory with Camunda's model API.
 *
 * <ul>
 *   <li><b>Width.</b> Each diagram a person opens (each {@code BPMNPlane}: the process, and each
 *   collapsed subprocess Cockpit drills into) is at most {@value #MAX_WIDTH} px wide at 100 %. The
 *   width is measured <em>from x = 0</em>, the diagram's origin, to the right edge of the rightmost
 *   shape, edge waypoint or label ({@code max(x + width)}); if anything lies left of 0, from that
 *   leftmost point instead. Of the two readings (from 0, or from the leftmost point) this is the
 *   stricter: a viewer at 100 % that shows the origin needs this much room, one that centres the
 *   content (Cockpit fits the diagram to its viewport) needs no more. Labels count, a person reads
 *   them too.</li>
 *   <li><b>Nodes per level.</b> At most {@value #MAX_NODES} flow nodes are children of one process
 *   or one subprocess; a nested subprocess counts as one node of its parent's level (its own
 *   children are a level of their own); boundary events count, they are drawn and read.</li>
 *   <li><b>Drawn.</b> Every flow node (boundary events included) and every sequence flow has a
 *   shape or an edge; a subprocess drawn collapsed has a plane of its own, and every element is
 *   drawn on the plane of its nearest container that has one, so no drill-down is empty.</li>
 *   <li><b>Documented.</b> Every process and every user task has non-blank documentation (what it is
 *   for, who does it, what happens next; Vietnamese, checked by the same letters as names).</li>
 *   <li><b>Named.</b> Ids start with the prefix of their kind ({@link #PREFIXES}) followed by a word
 *   in CamelCase, never the Modeler's generated {@code Flow_0x1y2z3}; every task, subprocess, call
 *   activity and event has a Vietnamese name (NFC, Latin and Vietnamese letters only, at least one
 *   Vietnamese diacritic).</li>
 * </ul>
 *
 * Each model's figures (widest diagram, most nodes on one level) are printed so they can be quoted.
 */
@Tag("fast")
class ModelsReadOnAScreenTest {

  static final int MAX_WIDTH = 1800;
  static final int MAX_NODES = 20;
  private static final Path MODELS = Path.of("bpmn");

  /**
   * The id prefixes the models use, by kind of element, most specific kind first: user tasks are
   * {@code Task_}, the Modeler's short {@code Gateway_}, {@code Event_}, {@code Flow_} otherwise.
   */
  static final Map<Class<? extends BaseElement>, List<String>> PREFIXES = prefixes();

  private static final Pattern MEANINGFUL_REST = Pattern.compile("[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)*");
  private static final String VIETNAMESE_MARKED = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợ"
      + "ùúủũụưừứửữựỳýỷỹỵ";
  private static final Pattern FOREIGN_LETTER = Pattern.compile("[\\p{L}&&[^a-zA-Z" + VIETNAMESE_MARKED
      + VIETNAMESE_MARKED.toUpperCase(Locale.ROOT) + "]]");

  private static Map<Class<? extends BaseElement>, List<String>> prefixes() {
    Map<Class<? extends BaseElement>, List<String>> prefixes = new LinkedHashMap<>();
    prefixes.put(Process.class, List.of("Process_"));
    prefixes.put(StartEvent.class, List.of("StartEvent_", "Start_"));
    prefixes.put(EndEvent.class, List.of("EndEvent_", "End_"));
    prefixes.put(BoundaryEvent.class, List.of("Event_", "Timer_"));
    prefixes.put(IntermediateCatchEvent.class, List.of("Event_", "Timer_"));
    prefixes.put(IntermediateThrowEvent.class, List.of("Event_"));
    prefixes.put(UserTask.class, List.of("Task_", "UserTask_"));
    prefixes.put(ServiceTask.class, List.of("ServiceTask_"));
    prefixes.put(ScriptTask.class, List.of("ScriptTask_"));
    prefixes.put(BusinessRuleTask.class, List.of("BusinessRuleTask_"));
    prefixes.put(SendTask.class, List.of("SendTask_"));
    prefixes.put(ReceiveTask.class, List.of("ReceiveTask_"));
    prefixes.put(ManualTask.class, List.of("ManualTask_"));
    prefixes.put(Task.class, List.of("Task_"));
    prefixes.put(SubProcess.class, List.of("SubProcess_"));
    prefixes.put(CallActivity.class, List.of("CallActivity_"));
    prefixes.put(Gateway.class, List.of("Gateway_"));
    prefixes.put(SequenceFlow.class, List.of("Flow_"));
    return prefixes;
  }

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(MODELS)) {
      List<Path> models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
      assertThat(models).as("models in %s", MODELS.toAbsolutePath()).isNotEmpty();
      return models.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyDiagramFitsOneScreenWithAtMostTwentyNodesOnALevel(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Figures figures = figures(model);
    System.out.printf(Locale.ROOT, "%-28s widest diagram %,5d px (%s), most nodes on one level %2d (%s), %d diagram(s)%n",
        file.getFileName(), figures.widestPx(), figures.widest(), figures.mostNodes(), figures.fullest(),
        figures.diagrams());
    assertThat(sizeProblems(model)).as(file.toString()).isEmpty();
  }

  /** The widest diagram and the fullest level of a model, for the lead's before/after figures. */
  record Figures(int widestPx, String widest, int mostNodes, String fullest, int diagrams) {
  }

  static Figures figures(BpmnModelInstance model) {
    BpmnPlane widest = planes(model).stream().max(Comparator.comparingInt(ModelsReadOnAScreenTest::width)).orElseThrow();
    BaseElement fullest = levels(model).stream().max(Comparator.comparingInt(ModelsReadOnAScreenTest::nodes)).orElseThrow();
    return new Figures(width(widest), shown(widest), nodes(fullest), fullest.getId(), planes(model).size());
  }

  static List<String> sizeProblems(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (BpmnPlane plane : planes(model)) {
      if (width(plane) > MAX_WIDTH) {
        problems.add("diagram " + shown(plane) + " is " + width(plane) + " px wide (at most " + MAX_WIDTH + ")");
      }
    }
    for (BaseElement level : levels(model)) {
      if (nodes(level) > MAX_NODES) {
        problems.add(level.getId() + " has " + nodes(level) + " flow nodes on its level (at most " + MAX_NODES + ")");
      }
    }
    return problems;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyElementIsDrawnAndEveryCollapsedStageOpensOnItsOwnDiagram(Path file) {
    assertThat(drawingProblems(Bpmn.readModelFromFile(file.toFile()))).as(file.toString()).isEmpty();
  }

  static List<String> drawingProblems(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    Map<String, BpmnPlane> planeOf = new HashMap<>();
    Map<String, BpmnPlane> drawnOn = new HashMap<>();
    Map<String, BpmnShape> shapes = new HashMap<>();
    for (BpmnPlane plane : planes(model)) {
      BaseElement shown = plane.getBpmnElement();
      if (shown instanceof Collaboration collaboration) {
        for (Participant participant : collaboration.getParticipants()) {
          if (participant.getProcess() != null) {
            planeOf.put(participant.getProcess().getId(), plane);
          }
        }
      } else if (shown != null) {
        planeOf.put(shown.getId(), plane);
      }
      for (DiagramElement element : plane.getDiagramElements()) {
        BaseElement drawn = element instanceof BpmnShape shape ? shape.getBpmnElement()
            : element instanceof BpmnEdge edge ? edge.getBpmnElement() : null;
        if (drawn != null) {
          drawnOn.put(drawn.getId(), plane);
          if (element instanceof BpmnShape shape) {
            shapes.put(drawn.getId(), shape);
          }
        }
      }
    }

    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!planeOf.containsKey(process.getId())) {
        problems.add("process " + process.getId() + " has no diagram");
      }
    }
    for (SubProcess subProcess : model.getModelElementsByType(SubProcess.class)) {
      BpmnShape shape = shapes.get(subProcess.getId());
      if (shape != null && !expanded(shape) && !planeOf.containsKey(subProcess.getId())) {
        problems.add("collapsed subprocess " + subProcess.getId() + " has no diagram of its own to drill into");
      }
    }
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if (!(element instanceof FlowNode) && !(element instanceof SequenceFlow)) {
        continue;
      }
      BpmnPlane plane = drawnOn.get(element.getId());
      if (plane == null) {
        problems.add(element.getElementType().getTypeName() + " " + element.getId() + " is not drawn");
        continue;
      }
      BpmnPlane expected = expectedPlane(element, planeOf);
      if (expected != null && expected != plane) {
        problems.add(element.getId() + " is drawn on " + plane.getId() + ", not on " + expected.getId()
            + " where its container opens");
      }
    }
    return problems;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyProcessAndEveryUserTaskSaysWhatItIsForInVietnamese(Path file) {
    assertThat(documentationProblems(Bpmn.readModelFromFile(file.toFile()))).as(file.toString()).isEmpty();
  }

  static List<String> documentationProblems(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    List<BaseElement> documented = new ArrayList<>(model.getModelElementsByType(Process.class));
    documented.addAll(model.getModelElementsByType(UserTask.class));
    for (BaseElement element : documented) {
      String text = documentation(element);
      if (text.isBlank()) {
        problems.add(element.getId() + " has no documentation");
      } else if (!vietnamese(text)) {
        problems.add(element.getId() + "'s documentation is not Vietnamese text (NFC, with diacritics): " + text);
      }
    }
    return problems;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void idsFollowThePrefixOfTheirKindAndTasksAndEventsHaveVietnameseNames(Path file) {
    assertThat(namingProblems(Bpmn.readModelFromFile(file.toFile()))).as(file.toString()).isEmpty();
  }

  static List<String> namingProblems(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    List<BaseElement> elements = new ArrayList<>(model.getModelElementsByType(Process.class));
    elements.addAll(model.getModelElementsByType(FlowElement.class));
    for (BaseElement element : elements) {
      List<String> prefixes = PREFIXES.entrySet().stream().filter(entry -> entry.getKey().isInstance(element))
          .findFirst().map(Map.Entry::getValue).orElse(null);
      if (prefixes == null) {
        continue;
      }
      String id = element.getId();
      boolean meaningful = prefixes.stream().anyMatch(prefix -> id.startsWith(prefix)
          && MEANINGFUL_REST.matcher(id.substring(prefix.length())).matches());
      if (!meaningful) {
        problems.add(element.getElementType().getTypeName() + " id " + id + " should read " + String.join(" or ", prefixes)
            + "<CamelCaseWords>");
      }
      if (element instanceof Activity || element instanceof Event) {
        String name = ((FlowElement) element).getName();
        if (name == null || name.isBlank()) {
          problems.add(id + " has no name");
        } else if (!vietnamese(name)) {
          problems.add(id + "'s name is not Vietnamese (NFC, with diacritics): " + name);
        }
      }
    }
    return problems;
  }

  /** The rules can fail: a model breaking each of them is refused by each, naming the element. */
  @Test
  void aWideCrowdedUndocumentedModelWithGeneratedIdsAndEnglishNamesIsRefusedByEveryRule() {
    AbstractFlowNodeBuilder<?, ?> node = Bpmn.createExecutableProcess("Process_0x1y2z3").startEvent("StartEvent_Begin")
        .name("Bắt đầu");
    for (int step = 1; step <= 20; step++) {
      node = node.userTask("Task_Step" + step).name("Bước " + step);
    }
    BpmnModelInstance model = node.subProcess("SubProcess_Stage").name("Giai đoạn").embeddedSubProcess()
        .startEvent("Start_Stage").name("Bắt đầu giai đoạn").endEvent("End_Stage").name("Kết thúc giai đoạn")
        .subProcessDone().endEvent("End_Done").name("Done").done();
    model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement().getId().equals("SubProcess_Stage"))
        .forEach(shape -> shape.setAttributeValue("isExpanded", "false"));
    BpmnEdge firstEdge = model.getModelElementsByType(BpmnEdge.class).iterator().next();
    String undrawn = firstEdge.getBpmnElement().getId();
    firstEdge.getParentElement().removeChildElement(firstEdge);

    assertThat(sizeProblems(model)).anyMatch(problem -> problem.matches("diagram Process_0x1y2z3 is \\d+ px wide.*"))
        .contains("Process_0x1y2z3 has 23 flow nodes on its level (at most 20)");
    assertThat(drawingProblems(model)).contains("sequenceFlow " + undrawn + " is not drawn",
        "collapsed subprocess SubProcess_Stage has no diagram of its own to drill into");
    assertThat(documentationProblems(model)).contains("Process_0x1y2z3 has no documentation",
        "Task_Step1 has no documentation");
    assertThat(namingProblems(model)).contains("process id Process_0x1y2z3 should read Process_<CamelCaseWords>",
        "End_Done's name is not Vietnamese (NFC, with diacritics): Done")
        .anyMatch(problem -> problem.startsWith("sequenceFlow id sequenceFlow_"))
        .noneMatch(problem -> problem.contains("Task_Step1") || problem.contains("StartEvent_Begin"));
    assertThat(vietnamese("Cấp số, ngày cho thông báo")).isTrue();
    assertThat(vietnamese("Ca\u0302\u0301p so\u0302\u0301")).as("decomposed (NFD) text").isFalse();
    assertThat(vietnamese("Thông báo 通知")).isFalse();
  }

  /** Every plane of the model: the process's, and one per collapsed subprocess. */
  private static List<BpmnPlane> planes(BpmnModelInstance model) {
    return model.getModelElementsByType(BpmnDiagram.class).stream().map(BpmnDiagram::getBpmnPlane).toList();
  }

  /** From the origin (or the leftmost point left of it) to the right edge of the rightmost thing drawn. */
  static int width(BpmnPlane plane) {
    double left = 0;
    double right = 0;
    for (DiagramElement element : plane.getDiagramElements()) {
      List<double[]> spans = new ArrayList<>();
      if (element instanceof BpmnShape shape) {
        spans.add(span(shape.getBounds()));
        label(shape.getBpmnLabel(), spans);
      } else if (element instanceof BpmnEdge edge) {
        Collection<Waypoint> waypoints = edge.getWaypoints();
        waypoints.forEach(point -> spans.add(new double[] {point.getX(), point.getX()}));
        label(edge.getBpmnLabel(), spans);
      }
      for (double[] span : spans) {
        left = Math.min(left, span[0]);
        right = Math.max(right, span[1]);
      }
    }
    return (int) Math.ceil(right - left);
  }

  private static void label(BpmnLabel label, List<double[]> spans) {
    if (label != null && label.getBounds() != null) {
      spans.add(span(label.getBounds()));
    }
  }

  private static double[] span(Bounds bounds) {
    return new double[] {bounds.getX(), bounds.getX() + bounds.getWidth()};
  }

  private static String shown(BpmnPlane plane) {
    return plane.getBpmnElement() == null ? plane.getId() : plane.getBpmnElement().getId();
  }

  private static int nodes(BaseElement level) {
    return level.getChildElementsByType(FlowNode.class).size();
  }

  /** The process and every subprocess: each holds one level of flow nodes. */
  private static List<BaseElement> levels(BpmnModelInstance model) {
    List<BaseElement> levels = new ArrayList<>(model.getModelElementsByType(Process.class));
    levels.addAll(model.getModelElementsByType(SubProcess.class));
    return levels;
  }

  /** The plane of the element's nearest container that has one (an expanded subprocess has none). */
  private static BpmnPlane expectedPlane(FlowElement element, Map<String, BpmnPlane> planeOf) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent instanceof BaseElement container && planeOf.containsKey(container.getId())) {
        return planeOf.get(container.getId());
      }
    }
    return null;
  }

  /** bpmn-js draws a subprocess without {@code isExpanded="true"} collapsed (the model API's getter fails when it is absent). */
  private static boolean expanded(BpmnShape shape) {
    return "true".equals(shape.getAttributeValue("isExpanded"));
  }

  private static String documentation(BaseElement element) {
    return element.getDocumentations().stream().map(Documentation::getTextContent)
        .filter(text -> text != null).reduce("", (a, b) -> a + b).trim();
  }

  /** NFC text of Latin and Vietnamese letters (any digits, spaces, punctuation) with at least one diacritic. */
  static boolean vietnamese(String text) {
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC) || FOREIGN_LETTER.matcher(text).find()) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.chars().anyMatch(c -> VIETNAMESE_MARKED.indexOf(c) >= 0);
  }
}
