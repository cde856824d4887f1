package vn.followup.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.interceptor.Session;

/**
 * The notifications of one engine command, collected while the command runs and written to the
 * outbox when the command context flushes, that is only if the command succeeded, in its
 * transaction. Waiting for the end lets a mail link to the task the command created (a returned
 * response links to the new "Cập nhật văn bản trả lời"), and lets a recipient told about a task by a
 * return or a decision not be told of it again as a new task.
 */
final class NotificationSession implements Session {

  private final Consumer<NotificationSession> writer;
  final List<OfferedTask> offered = new ArrayList<>();
  final List<Message> messages = new ArrayList<>();

  NotificationSession(Consumer<NotificationSession> writer) {
    this.writer = writer;
  }

  /** A task offered to agencies in this command (created, or moved to another agency). */
  record OfferedTask(String taskId, String processInstanceId, String taskName, Set<String> agencies, Mail mail) {
    OfferedTask {
      agencies = new LinkedHashSet<>(agencies);
    }
  }

  /**
   * A notification about an item, to be linked at flush to the task this command offered to
   * {@code linkAgency} in {@code linkProcessInstanceId}, else to {@code mail.taskId()}.
   */
  record Message(Mail mail, List<Recipient> recipients, String linkProcessInstanceId, String linkAgency) {
  }

  @Override
  public void flush() {
    if (offered.isEmpty() && messages.isEmpty()) {
      return;
    }
    writer.accept(this);
    offered.clear();
    messages.clear();
  }

  @Override
  public void close() {
    offered.clear();
    messages.clear();
  }
}
