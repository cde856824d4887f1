package vn.followup.watch;

import java.util.Map;
import java.util.Set;
import vn.followup.engine.ProcessVariable;
import org.springframework.stereotype.Component;
import vn.followup.system.history.RecordedElsewhere;

/**
 * The watch's variables declared recorded elsewhere: when its next reminder is planned (the
 * reminders it sends are recorded, {@code remindersSent}).
 */
@Component
class WatchRecordedElsewhere implements RecordedElsewhere {

  @Override
  public Map<String, Set<String>> processVariables() {
    return Map.of(DeadlineWatchProcess.KEY, ProcessVariable.recordedElsewhereIn(DeadlineWatchProcess.Values.class));
  }
}
