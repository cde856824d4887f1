package vn.followup.system.history;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * History level FULL (same name and id, so existing databases need no change) without events that
 * record nothing of their own:
 * <ul>
 *   <li>the form-property events: for forms they repeat, as text, the values the variable history
 *       already records with their types and users, and their text column cannot hold a long value
 *       (a pasted notice, a repeating list of items), which would fail the form's submission;</li>
 *   <li>the history of the variables features declare {@link RecordedElsewhere}: copies for
 *       display and planning values whose effect the history records where it happens.</li>
 * </ul>
 */
class FollowupHistoryLevel extends HistoryLevelFull {

  private final Set<String> taskLocal;
  private final Map<String, Set<String>> byProcess;

  FollowupHistoryLevel(Set<String> taskLocal, Map<String, Set<String>> byProcess) {
    this.taskLocal = Set.copyOf(taskLocal);
    this.byProcess = Map.copyOf(byProcess);
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
      return false;
    }
    if (entity instanceof VariableInstanceEntity variable) {
      return !recordedElsewhere(variable.getTaskId(), key(variable.getProcessDefinitionId()), variable.getName());
    }
    if (entity instanceof HistoricVariableUpdateEventEntity update) {
      return !recordedElsewhere(update.getTaskId(), update.getProcessDefinitionKey(), update.getVariableName());
    }
    return true;
  }

  private boolean recordedElsewhere(String taskId, String processKey, String name) {
    if (taskId != null) {
      return taskLocal.contains(name);
    }
    return processKey != null && byProcess.getOrDefault(processKey, Set.of()).contains(name);
  }

  /** The key of a definition id the engine made ("key:version:id"); null for any other id. */
  static String key(String processDefinitionId) {
    if (processDefinitionId == null) {
      return null;
    }
    String[] parts = processDefinitionId.split(":");
    return parts.length == 3 ? parts[0] : null;
  }
}
