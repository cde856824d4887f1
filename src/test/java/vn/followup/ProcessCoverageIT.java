package vn.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.followup.support.ProcessLevelTest;

/**
 * Runs after the tests (failsafe) and reads the coverage reports every process test class wrote
 * to {@code target/process-test-coverage}: each model must have at least 90% of its flow nodes
 * and 90% of its sequence flows covered by the process tests taken together.
 */
@ProcessLevelTest
class ProcessCoverageIT {

  static final Path REPORTS = Path.of("target", "process-test-coverage");
  static final double MINIMUM = 0.9;

  @ParameterizedTest
  @ValueSource(strings = {"Process_FollowUpItem", "Process_DeadlineWatch", "Process_Notice", "Process_NoticeFromText",
      "Process_OfficeStopItem", "Process_OfficeChangeDeadline", "Process_OfficeChangeLead", "Process_OfficeMoveTask",
      "Process_OfficeAddItem", "Process_OfficeReopenItem"})
  void coversNinetyPercentOfFlowNodesAndSequenceFlows(String processKey) throws IOException {
    Set<String> covered = new HashSet<>();
    Map<String, String> models = new HashMap<>();
    for (JsonNode report : reports()) {
      report.path("models").forEach(model -> models.put(model.path("key").asText(), model.path("xml").asText()));
      report.path("suites").forEach(suite -> suite.path("runs").forEach(run -> run.path("events").forEach(event -> {
        if (processKey.equals(event.path("modelKey").asText())) {
          covered.add(event.path("definitionKey").asText());
        }
      })));
    }
    assertThat(models).as("a coverage report of " + processKey).containsKey(processKey);
    BpmnModelInstance model = Bpmn.readModelFromStream(
        new ByteArrayInputStream(models.get(processKey).getBytes(StandardCharsets.UTF_8)));
    List<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList();
    List<String> flows = model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId).toList();
    double nodeCoverage = nodes.stream().filter(covered::contains).count() / (double) nodes.size();
    double flowCoverage = flows.stream().filter(covered::contains).count() / (double) flows.size();
    System.out.printf("Process coverage %s: flow nodes %.1f%% (%d), sequence flows %.1f%% (%d); not covered: %s%n",
        processKey, nodeCoverage * 100, nodes.size(), flowCoverage * 100, flows.size(),
        Stream.concat(nodes.stream(), flows.stream()).filter(id -> !covered.contains(id)).toList());
    assertThat(nodeCoverage).as("flow node coverage of " + processKey).isGreaterThanOrEqualTo(MINIMUM);
    assertThat(flowCoverage).as("sequence flow coverage of " + processKey).isGreaterThanOrEqualTo(MINIMUM);
  }

  private static List<JsonNode> reports() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (Stream<Path> files = Files.walk(REPORTS)) {
      return files.filter(file -> file.getFileName().toString().equals("report.json")).map(file -> {
        try {
          return mapper.readTree(file.toFile());
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).toList();
    }
  }
}
