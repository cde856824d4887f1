package vn.followup.document;

import java.util.Arrays;
import java.util.Optional;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.item.ItemProcess;
import vn.followup.notice.NoticeProcess;

/** The tasks that produce a document, and so accept attached files (issue #18). */
enum DocumentTask {
  /** The written response (văn bản trả lời); completed only with a PDF when the setting says so. */
  WRITE_RESPONSE(ItemProcess.Elements.TASK_WRITE_RESPONSE),
  /** The report of the result of implementation (final report). */
  REPORT_PROGRESS(ItemProcess.Elements.TASK_REPORT_PROGRESS),
  /** The ward's section of the periodic report. */
  WRITE_REPORT(NoticeProcess.Elements.TASK_WRITE_REPORT),
  /** The office's urge, when it issues a document. */
  URGE(DeadlineWatchProcess.Elements.TASK_URGE),
  /** The office's lifecycle decision. */
  CLOSE(ItemProcess.Elements.TASK_CLOSE);

  private final String taskKey;

  DocumentTask(String taskKey) {
    this.taskKey = taskKey;
  }

  String taskKey() {
    return taskKey;
  }

  static Optional<DocumentTask> of(String taskKey) {
    return Arrays.stream(values()).filter(task -> task.taskKey.equals(taskKey)).findFirst();
  }
}
