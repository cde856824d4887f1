package vn.followup.item;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.followup.system.ServerCode;
import vn.followup.watch.DeadlineWatchProcess;

/**
 * Running items and their deadline watches are not stranded on the model version they started
 * with: once the application is ready (the models of {@code bpmn/} deployed), every running
 * instance of an older version of {@value ItemProcess#KEY} or {@value DeadlineWatchProcess#KEY}
 * moves to the latest version, each activity that can hold a token (task, call activity, stage,
 * catching event, boundary event, joining gateway) to the activity with the same id, wherever it
 * now sits (a task may have moved into a new stage, whose instance the migration creates). Event
 * triggers keep their jobs and subscriptions: no timer is recalculated. An instance whose active
 * activity has no equal in the latest version is refused: it stays untouched on its version, and
 * the log names it and the activity.
 */
@Component
public class ItemModelMigration {

  private static final Logger LOG = LoggerFactory.getLogger(ItemModelMigration.class);
  private static final List<String> KEYS = List.of(ItemProcess.KEY, DeadlineWatchProcess.KEY);
  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;

  ItemModelMigration(RepositoryService repositoryService, RuntimeService runtimeService) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
  }

  /** How many running instances moved to the latest version, and how many were refused. */
  public record Outcome(int migrated, int refused) {
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    migrateOlderVersions();
  }

  /** Moves the running instances of every older version of the item and watch models to the latest. */
  public Outcome migrateOlderVersions() {
    int migrated = 0;
    int refused = 0;
    for (String key : KEYS) {
      ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion().singleResult();
      if (latest == null) {
        continue;
      }
      for (ProcessDefinition older : repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
          .orderByProcessDefinitionVersion().asc().list()) {
        if (older.getVersion() >= latest.getVersion()) {
          continue;
        }
        List<ProcessInstance> running = runtimeService.createProcessInstanceQuery()
            .processDefinitionId(older.getId()).list();
        if (running.isEmpty()) {
          continue;
        }
        MigrationPlan plan;
        try {
          plan = plan(older, latest);
        } catch (ProcessEngineException e) {
          LOG.error("Model migration refused: the {} running instance(s) of {} version {} stay on it, "
              + "no migration plan to version {}: {}", running.size(), key, older.getVersion(), latest.getVersion(),
              e.getMessage());
          refused += running.size();
          continue;
        }
        for (ProcessInstance instance : running) {
          if (migrate(plan, instance, older, latest)) {
            migrated++;
          } else {
            refused++;
          }
        }
      }
    }
    if (migrated + refused > 0) {
      LOG.info("Model migration: {} running instance(s) moved to the latest model versions, {} refused",
          migrated, refused);
    }
    return new Outcome(migrated, refused);
  }

  private boolean migrate(MigrationPlan plan, ProcessInstance instance, ProcessDefinition older,
      ProcessDefinition latest) {
    try {
      ServerCode.run(() -> runtimeService.newMigration(plan).processInstanceIds(instance.getId()).execute());
      LOG.info("Model migration: {} '{}' moved from version {} to {}", older.getKey(), instance.getBusinessKey(),
          older.getVersion(), latest.getVersion());
      return true;
    } catch (ProcessEngineException e) {
      LOG.error("Model migration refused: {} '{}' (instance {}) stays untouched on version {}, "
          + "it cannot move to version {}: {}", older.getKey(), instance.getBusinessKey(), instance.getId(),
          older.getVersion(), latest.getVersion(), e.getMessage());
      return false;
    }
  }

  /** Every activity that can hold a token, mapped to the activity with the same id and kind in the latest version. */
  private MigrationPlan plan(ProcessDefinition older, ProcessDefinition latest) {
    BpmnModelInstance source = repositoryService.getBpmnModelInstance(older.getId());
    BpmnModelInstance target = repositoryService.getBpmnModelInstance(latest.getId());
    Map<String, FlowNode> targets = target.getModelElementsByType(FlowNode.class).stream()
        .collect(Collectors.toMap(FlowNode::getId, node -> node));
    MigrationPlanBuilder builder = runtimeService.createMigrationPlan(older.getId(), latest.getId());
    for (FlowNode node : waiting(source.getModelElementsByType(FlowNode.class))) {
      FlowNode equal = targets.get(node.getId());
      if (equal == null || !equal.getElementType().equals(node.getElementType())) {
        continue;
      }
      if (node instanceof Activity activity && activity.getLoopCharacteristics() != null
          && equal instanceof Activity same && same.getLoopCharacteristics() != null) {
        builder.mapActivities(node.getId() + MULTI_INSTANCE_BODY, node.getId() + MULTI_INSTANCE_BODY);
      }
      builder.mapActivities(node.getId(), node.getId());
    }
    return builder.build();
  }

  /**
   * The nodes a token can wait in; not the event subprocesses and what is in them, which run within
   * one command here (and start again from their own triggers in the new version).
   */
  private static Set<FlowNode> waiting(Collection<FlowNode> nodes) {
    return nodes.stream().filter(node -> node instanceof Activity || node instanceof IntermediateCatchEvent
            || node instanceof BoundaryEvent || node instanceof ParallelGateway)
        .filter(node -> !inEventSubProcess(node)).collect(Collectors.toSet());
  }

  private static boolean inEventSubProcess(FlowNode node) {
    for (ModelElementInstance scope = node; scope != null; scope = scope.getParentElement()) {
      if (scope instanceof SubProcess sub && sub.triggeredByEvent()) {
        return true;
      }
    }
    return false;
  }
}
