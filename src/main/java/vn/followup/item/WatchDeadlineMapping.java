package vn.followup.item;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineType;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Values;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.watch.DeadlineWatchProcess;

/**
 * {@code CallActivity_WatchResponseDeadline} and {@code CallActivity_WatchCompletionDeadline}: what
 * a deadline watch is given, written once for both. The watch learns the deadline and its type
 * from the call activity that starts it, and gets the item's card, number and responsible agency
 * for its urge task and its mails; nothing flows back: what the watch observes (overdue, a reminder
 * sent) reaches the item as the messages its model shows ({@code changes.WatchNewsListener}).
 */
@Component
class WatchDeadlineMapping implements DelegateVariableMapping {

  /** The item's variables a watch shows or routes by, copied under the same names. */
  static final List<String> SHARED = List.of(Vars.NOTICE_ID, Vars.ITEM, Vars.ITEM_NUMBER, Vars.RESPONSIBLE_AGENCY,
      Vars.URGE_REPEAT, Vars.TASK_PRIORITY);

  @Override
  public void mapInputVariables(DelegateExecution item, VariableMap watch) {
    boolean response = Elements.CALL_ACTIVITY_WATCH_RESPONSE.equals(item.getCurrentActivityId());
    DeadlineWatchProcess.Values.DUE_AT.putInto(watch,
        (response ? Values.RESPONSE_DUE_AT : Values.COMPLETION_DUE_AT).get(item));
    DeadlineWatchProcess.Values.DEADLINE_TYPE.putInto(watch,
        (response ? DeadlineType.RESPONSE : DeadlineType.COMPLETION).name());
    for (String name : SHARED) {
      TypedValue value = item.getVariableTyped(name, false);
      if (value == null) {
        watch.putValue(name, null);
      } else {
        watch.putValueTyped(name, value);
      }
    }
  }

  @Override
  public void mapOutputVariables(DelegateExecution item, VariableScope watch) {
    // Nothing: the watch's news reach the item as messages (WatchNewsListener).
  }
}
