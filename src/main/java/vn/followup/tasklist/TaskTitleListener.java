package vn.followup.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.followup.item.ItemCard;
import vn.followup.item.ItemProcess;

/**
 * Names every user task after its item (see {@link TaskTitles}) when it is created, and keeps on the
 * task itself the values Tasklist's filters show as columns. Tasklist reads those columns with a
 * variable query, which shows a process's variables only to users who may read the whole process
 * instance; agency staff may read only their own tasks, so the columns stayed empty for them. A
 * copy on the task is readable by exactly those who may read the task, and widens no right.
 */
class TaskTitleListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ItemCard card = ItemProcess.Values.ITEM.get(task);
    String itemNumber = present(ItemProcess.Values.ITEM_NUMBER.get(task));
    // A notice's own task has no item card, only its notice's label.
    String noticeLabel = present(card != null ? card.noticeLabel() : TaskColumns.NOTICE_LABEL.get(task));
    String deadline = present(TaskColumns.URGED_DEADLINE.get(task));
    String deadlineColumn = null;
    if (deadline == null && card != null) {
      deadline = present(card.deadlineSummary());
      deadlineColumn = deadline;
    }
    task.setName(TaskTitles.name(task.getName(), itemNumber, card == null ? null : card.itemText(), noticeLabel));
    String description = TaskTitles.description(noticeLabel, deadline);
    // The model's documentation of the task (what it is for) is the engine's default description;
    // staff read the task's own notice and deadline instead, as the cards and filters show them.
    if (description != null) {
      task.setDescription(description);
    }
    // The item's number is in the task's name; the notice and the deadline are columns (a watch's
    // task shows the deadline it urges).
    if (noticeLabel != null) {
      TaskColumns.NOTICE_LABEL.setLocal(task, noticeLabel);
    }
    if (deadlineColumn != null) {
      TaskColumns.DEADLINE.setLocal(task, deadlineColumn);
    } else if (deadline != null) {
      TaskColumns.URGED_DEADLINE.setLocal(task, deadline);
    }
  }

  private static String present(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
