package vn.followup.item;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.system.history.RecordedElsewhere;
import vn.followup.watch.DeadlineWatchProcess;

/**
 * The item's variables that plan rather than record, whose history would repeat what is recorded
 * where they take effect, and the copies the item gives each deadline watch
 * ({@link WatchDeadlineMapping}), recorded by the item itself.
 *
 * <ul>
 *   <li>when the receipt, the coordinators' input and the first reminders fall due: the tasks'
 *       due dates, the reminders sent and the lateness marks ({@code coordinationLate}) record them;</li>
 *   <li>whether there are coordinators: the coordinating agencies are recorded;</li>
 *   <li>the tasks' priority and the urge period: each task's priority, each urge task;</li>
 *   <li>whether the notice is numbered: the notice's own record (and the item's card) says so.</li>
 * </ul>
 */
@Component
class ItemRecordedElsewhere implements RecordedElsewhere {

  static final Set<String> PLANNING = Set.of(Vars.RECEIPT_DUE_AT, Vars.COORDINATION_DUE_AT,
      Vars.COORDINATION_REMINDER_AT, Vars.FIRST_REMINDER_AT, Vars.HAS_COORDINATORS, Vars.TASK_PRIORITY,
      Vars.URGE_REPEAT, Vars.NOTICE_NUMBERED);

  @Override
  public Map<String, Set<String>> processVariables() {
    return Map.of(ItemProcess.KEY, PLANNING, DeadlineWatchProcess.KEY, Set.copyOf(WatchDeadlineMapping.SHARED));
  }
}
