package vn.followup.tasklist;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.followup.engine.ProcessVariable;
import vn.followup.item.ItemProcess;
import vn.followup.system.history.RecordedElsewhere;
import vn.followup.watch.DeadlineWatchProcess;

/**
 * The columns Tasklist's filters show beside a task's name, with their headings. Each is a copy,
 * on the task itself, of a text the item's card (or the watch, or the notice) holds: written by
 * {@link TaskTitleListener} when the task is created, read by exactly those who may read the task,
 * and kept out of the history ({@link RecordedElsewhere}), which holds the card's own changes.
 */
@Component
public class TaskColumns implements RecordedElsewhere {

  /** The columns as the task holds them. */
  static final ProcessVariable<String> NOTICE_LABEL = ItemProcess.Columns.NOTICE_LABEL;
  static final ProcessVariable<String> DEADLINE = ItemProcess.Columns.DEADLINE;
  static final ProcessVariable<String> URGED_DEADLINE = DeadlineWatchProcess.Values.DEADLINE_LABEL;

  /** The filters' {@code variables} property: name and heading of each column, in order, as declared. */
  public static final List<Map<String, String>> FILTER_COLUMNS = Stream.of(NOTICE_LABEL, DEADLINE, URGED_DEADLINE)
      .map(column -> Map.of("name", column.name(), "label", column.label())).toList();

  @Override
  public Set<String> taskLocalNames() {
    return FILTER_COLUMNS.stream().map(column -> column.get("name")).collect(Collectors.toUnmodifiableSet());
  }
}
