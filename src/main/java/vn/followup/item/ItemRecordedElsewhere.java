package vn.followup.item;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.followup.engine.ProcessVariable;
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
 *   <li>whether the notice is numbered: the notice's own record (and the item's card) says so;</li>
 *   <li>whether the lead's response waits for the coordinators: their inputs and lateness marks.</li>
 * </ul>
 */
@Component
class ItemRecordedElsewhere implements RecordedElsewhere {

  /** As their declarations say ({@link ProcessVariable#recordedElsewhere()}). */
  static final Set<String> PLANNING = ProcessVariable.recordedElsewhereIn(ItemProcess.Values.class);

  @Override
  public Map<String, Set<String>> processVariables() {
    return Map.of(ItemProcess.KEY, PLANNING, DeadlineWatchProcess.KEY, Set.copyOf(WatchDeadlineMapping.SHARED));
  }
}
