package vn.followup.watch;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.followup.system.history.RecordedElsewhere;

/** When the watch's next reminder is planned: the reminders it sends are recorded ({@code remindersSent}). */
@Component
class WatchRecordedElsewhere implements RecordedElsewhere {

  @Override
  public Map<String, Set<String>> processVariables() {
    return Map.of(DeadlineWatchProcess.KEY, Set.of(DeadlineWatchProcess.Vars.NEXT_REMINDER_AT));
  }
}
