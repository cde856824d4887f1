package vn.followup.system;

import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * History level FULL (same name and id, so existing databases need no change) without the
 * form-property events: for forms they repeat, as text, the values the variable history already
 * records with their types and users, and their text column cannot hold a long value (a pasted
 * notice, a repeating list of items), which would fail the form's submission.
 */
class FollowupHistoryLevel extends HistoryLevelFull {

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return eventType != HistoryEventTypes.FORM_PROPERTY_UPDATE;
  }
}
