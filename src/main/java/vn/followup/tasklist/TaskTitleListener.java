package vn.followup.tasklist;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.item.ItemProcess;

/**
 * Names every user task after its item (see {@link TaskTitles}) when it is created, and keeps on the
 * task itself the values Tasklist's filters show as columns. Tasklist reads those columns with a
 * variable query, which shows a process's variables only to users who may read the whole process
 * instance; agency staff may read only their own tasks, so the columns stayed empty for them. A
 * copy on the task is readable by exactly those who may read the task, and widens no right.
 */
class TaskTitleListener implements TaskListener {

  /** The variables shown as Tasklist columns, copied onto the task when the process has them. */
  static final List<String> COLUMN_VARIABLES = List.of(ItemProcess.Vars.ITEM_NUMBER, ItemProcess.Vars.NOTICE_LABEL,
      ItemProcess.Vars.DEADLINE_SUMMARY, DeadlineWatchProcess.Vars.DEADLINE_LABEL);

  @Override
  public void notify(DelegateTask task) {
    String itemNumber = text(task, ItemProcess.Vars.ITEM_NUMBER);
    String noticeLabel = text(task, ItemProcess.Vars.NOTICE_LABEL);
    String deadline = text(task, DeadlineWatchProcess.Vars.DEADLINE_LABEL);
    if (deadline == null) {
      deadline = text(task, ItemProcess.Vars.DEADLINE_SUMMARY);
    }
    task.setName(TaskTitles.name(task.getName(), itemNumber, text(task, ItemProcess.Vars.ITEM_TEXT), noticeLabel));
    String description = TaskTitles.description(noticeLabel, deadline);
    if (description != null && task.getDescription() == null) {
      task.setDescription(description);
    }
    for (String name : COLUMN_VARIABLES) {
      Object value = task.getVariable(name);
      if (value instanceof String) {
        task.setVariableLocal(name, value);
      }
    }
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value instanceof String text && !text.isBlank() ? text : null;
  }
}
