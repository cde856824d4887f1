package vn.followup.notification;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/** Links into Tasklist from the configured public address ({@code followup.mail.public-url}). */
@Component
class TasklistLinks {

  private final String tasklist;

  TasklistLinks(MailSettings settings, ProcessEngine engine) {
    this.tasklist = settings.publicUrl() + "/camunda/app/tasklist/" + engine.getName() + "/";
  }

  /** The task opened in Tasklist, or Tasklist's start page when there is no task. */
  String task(String taskId) {
    return taskId == null ? tasklist : tasklist + "#/?task=" + taskId;
  }

  String tasklist() {
    return tasklist;
  }
}
