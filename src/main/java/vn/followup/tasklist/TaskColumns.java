package vn.followup.tasklist;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.followup.item.ItemProcess;
import vn.followup.system.RecordedElsewhere;
import vn.followup.watch.DeadlineWatchProcess;

/**
 * The columns Tasklist's filters show beside a task's name, with their headings. Each is a copy,
 * on the task itself, of a text the item's card (or the watch, or the notice) holds: written by
 * {@link TaskTitleListener} when the task is created, read by exactly those who may read the task,
 * and kept out of the history ({@link RecordedElsewhere}), which holds the card's own changes.
 */
@Component
public class TaskColumns implements RecordedElsewhere {

  /** The filters' {@code variables} property: name and heading of each column, in order. */
  public static final List<Map<String, String>> FILTER_COLUMNS = List.of(
      Map.of("name", ItemProcess.Columns.NOTICE_LABEL, "label", "Thông báo"),
      Map.of("name", ItemProcess.Columns.DEADLINE, "label", "Thời hạn"),
      Map.of("name", DeadlineWatchProcess.Vars.DEADLINE_LABEL, "label", "Hạn được đôn đốc"));

  @Override
  public Set<String> taskLocalNames() {
    return FILTER_COLUMNS.stream().map(column -> column.get("name")).collect(Collectors.toUnmodifiableSet());
  }
}
