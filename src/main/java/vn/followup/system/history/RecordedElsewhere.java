package vn.followup.system.history;

import java.util.Map;
import java.util.Set;

/**
 * Variables whose history would only repeat what the history records elsewhere, so none is
 * written ({@link FollowupHistoryLevel}); they stay ordinary variables while their process runs.
 * A feature declares its own: Tasklist's column copies on each task (the item's card records
 * their values), a deadline watch's copies of the item's variables (the item records them), the
 * instants an item's timers were planned for (the jobs, the tasks' due dates and the reminders
 * sent record what they did).
 */
public interface RecordedElsewhere {

  /** Names of task-local variables, in any process, that copy a value for display. */
  default Set<String> taskLocalNames() {
    return Set.of();
  }

  /** Process definition key to the names of its process variables recorded elsewhere. */
  default Map<String, Set<String>> processVariables() {
    return Map.of();
  }
}
