package vn.followup.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.organisation.Office;
import vn.followup.watch.WatchEvents;
import vn.followup.item.ItemEvents;
import vn.followup.item.ItemEvents.Subject;
import vn.followup.notification.NotificationSession.Message;
import vn.followup.notification.NotificationSession.OfferedTask;
import vn.followup.notification.OutboxRow.Status;

/**
 * The one door through which the process tells people. Every method is called inside the engine
 * command of the event (a task listener, a delegate, the task-create event of every user task) and
 * only collects; the mails are written to the outbox when that command's transaction commits
 * ({@link NotificationSession}), so a completion that fails notifies nobody.
 */
@Component
public class Notifications {

  private final Recipients recipients;
  private final MailText texts;
  private final Outbox outbox;
  private final DeadlineSchedule schedule;
  private final Office office;

  Notifications(Recipients recipients, MailText texts, Outbox outbox, DeadlineSchedule schedule, Office office) {
    this.office = office;
    this.recipients = recipients;
    this.texts = texts;
    this.outbox = outbox;
    this.schedule = schedule;
  }

  @EventListener
  void on(ItemEvents.Returned event) {
    returned(event.item(), event.author(), event.what(), event.reason());
  }

  @EventListener
  void on(ItemEvents.CoordinationDueSoon event) {
    coordinationDueSoon(event.item(), event.agencies());
  }

  @EventListener
  void on(ItemEvents.ExtensionDecided event) {
    extensionDecided(event.item(), event.decisionLabel(), event.reason());
  }

  @EventListener
  void on(WatchEvents.MarkedOverdue event) {
    markedOverdue(event.deadline());
  }

  @EventListener
  void on(WatchEvents.DueSoon event) {
    dueSoon(event.deadline());
  }

  @EventListener
  void on(WatchEvents.Urged event) {
    urged(event.deadline(), event.howLabel());
  }

  /** Every user task, when created: offered to agencies, it is new work for their members. */
  @EventListener(condition = "#delegateTask.eventName == 'create'")
  void taskCreated(DelegateTask delegateTask) {
    if (delegateTask.getAssignee() != null) {
      return;
    }
    Set<String> agencies = new LinkedHashSet<>();
    for (IdentityLink link : delegateTask.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && recipients.isAgency(link.getGroupId())) {
        agencies.add(link.getGroupId());
      }
    }
    offer(delegateTask, agencies);
  }

  /** The office moved an open task to another agency ({@code PUT /api/tasks/{id}/agency}). */
  public void taskMovedToAgency(String taskId, String agency) {
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
    if (task != null && recipients.isAgency(agency)) {
      offer(task, Set.of(agency));
    }
  }

  /**
   * The office returned what {@code author} wrote; {@code what} names it ("văn bản trả lời",
   * "báo cáo kết quả"). The author is told at once, with the reason, and the link opens the task in
   * which it is written again.
   */
  public void returned(Subject item, String author, String what, String reason) {
    recipients.user(author).ifPresent(to -> {
      String agency = item.agency();
      Mail mail = new Mail(NotificationEvent.RETURNED, MailItem.of(item),
          capitalized(what) + " bị trả lại để hoàn thiện",
          office() + " đã trả lại " + what + " đồng chí soạn để hoàn thiện, với lý do dưới đây.",
          null, lastDay(item.responseDueAt()), List.of(new Mail.Detail("Lý do trả lại", reason)),
          openTask(item.processInstanceId(), agency));
      session().messages.add(new Message(mail, List.of(to), item.processInstanceId(), agency));
    });
  }

  /**
   * The office urged the agency (completion of "Đôn đốc thực hiện" in the deadline watch): the
   * agency's heads and members at once, a copy to the office.
   */
  public void urged(WatchEvents.Deadline deadline, String howLabel) {
    Subject item = Subject.ofInstance(deadline.itemProcessInstanceId());
    Mail base = watchMail(item, deadline, NotificationEvent.URGED, "Đôn đốc thực hiện",
        office() + " đôn đốc cơ quan thực hiện nội dung dưới đây, đã quá hạn.",
        List.of(new Mail.Detail("Hình thức đôn đốc", howLabel)));
    toAgencyWithOfficeCopy(item, base);
  }

  /** The deadline a watch follows has passed: the agency at once, a copy to the office. */
  public void markedOverdue(WatchEvents.Deadline deadline) {
    Subject item = Subject.ofInstance(deadline.itemProcessInstanceId());
    String deadlineName = deadline.name();
    Mail base = watchMail(item, deadline, NotificationEvent.OVERDUE, "Quá hạn: " + lowerFirst(deadlineName),
        "Nội dung dưới đây đã quá " + lowerFirst(deadlineName) + " mà chưa có kết quả; đề nghị khẩn trương thực hiện.",
        List.of());
    toAgencyWithOfficeCopy(item, base);
  }

  /** A reminder before the deadline: at once to members who want each mail; the others read it in their digest. */
  public void dueSoon(WatchEvents.Deadline deadline) {
    Subject item = Subject.ofInstance(deadline.itemProcessInstanceId());
    String deadlineName = deadline.name();
    Mail mail = watchMail(item, deadline, NotificationEvent.DUE_SOON, "Sắp đến " + lowerFirst(deadlineName),
        "Nội dung dưới đây sắp đến " + lowerFirst(deadlineName) + ".", List.of());
    String agency = item.agency();
    List<Recipient> immediate = recipients.members(agency).stream()
        .filter(r -> r.preference() == MailPreference.IMMEDIATE).toList();
    session().messages.add(new Message(mail, immediate, item.processInstanceId(), agency));
  }

  /**
   * Before the coordination deadline: each coordinating agency still without input, at once, with
   * a link to its open coordination task.
   */
  public void coordinationDueSoon(Subject item, List<String> agencies) {
    for (String agency : agencies) {
      Mail mail = new Mail(NotificationEvent.DUE_SOON, MailItem.of(item),
          "Sắp đến hạn cho ý kiến phối hợp",
          "Cơ quan, đơn vị của đồng chí chưa gửi ý kiến phối hợp cho nội dung dưới đây; sau hạn này cơ quan chủ trì "
              + "trả lời mà không chờ ý kiến.", null, lastDay(item.coordinationDueAt()),
          List.of(new Mail.Detail("Cơ quan phối hợp", recipients.agencyName(agency))),
          openTask(item.processInstanceId(), agency));
      session().messages.add(new Message(mail, recipients.agency(agency), item.processInstanceId(), agency));
    }
  }

  /** The office decided an extension request: the agency concerned at once. */
  public void extensionDecided(Subject item, String decisionLabel, String reason) {
    String agency = item.agency();
    toAgencyConcerned(item, NotificationEvent.EXTENSION_DECIDED,
        NotificationEvent.EXTENSION_DECIDED.label() + ": " + lowerFirst(decisionLabel),
        office() + " đã xem xét đề nghị gia hạn của cơ quan: " + lowerFirst(decisionLabel) + ".",
        List.of(new Mail.Detail("Kết quả", decisionLabel), new Mail.Detail("Lý do", reason)), agency);
  }

  /**
   * An office decision about an item, told at once to every member of {@code agency} and its
   * shared mailbox, linked to the task this command leaves open for the agency. Also the door for
   * the office's lifecycle actions (stop, changed deadline, re-open).
   */
  public void toAgencyConcerned(Subject item, NotificationEvent event, String subject, String lead,
      List<Mail.Detail> details, String agency) {
    Mail mail = new Mail(event, MailItem.of(item), subject, lead, null, lastDay(item.responseDueAt()), details,
        openTask(item.processInstanceId(), agency));
    session().messages.add(new Message(mail, recipients.agency(agency), item.processInstanceId(), agency));
  }

  private void offer(DelegateTask task, Set<String> agencies) {
    if (agencies.isEmpty()) {
      return;
    }
    Date due = task.getDueDate();
    // The step's name from the model: the task's own name also carries the item's words, which the
    // mail gives apart (a subject stays short).
    String step = task.getBpmnModelElementInstance() != null && task.getBpmnModelElementInstance().getName() != null
        ? task.getBpmnModelElementInstance().getName() : task.getName();
    Mail mail = new Mail(NotificationEvent.NEW_TASK, MailItem.of(Subject.of(task)), "Việc mới: " + step,
        "Cơ quan, đơn vị của đồng chí có việc mới cần xử lý.", step,
        due == null ? null : schedule.lastDayOf(due.toInstant()), List.of(), task.getId());
    session().offered.add(new OfferedTask(task.getId(), task.getProcessInstanceId(), step, agencies, mail));
  }

  private void toAgencyWithOfficeCopy(Subject item, Mail mail) {
    String agency = item.agency();
    Map<String, Recipient> to = new LinkedHashMap<>();
    for (Recipient r : recipients.members(agency)) {
      to.putIfAbsent(r.key(), r);
    }
    String lead = item.leadAgency();
    if (lead != null && !lead.equals(agency)) {
      for (Recipient r : recipients.members(lead)) {
        to.putIfAbsent(r.key(), r);
      }
    }
    for (Recipient r : recipients.officeCopy(office.group())) {
      to.putIfAbsent(r.key(), r);
    }
    session().messages.add(new Message(mail, List.copyOf(to.values()), item.processInstanceId(), agency));
  }

  private Mail watchMail(Subject item, WatchEvents.Deadline deadline, NotificationEvent event, String subject,
      String lead, List<Mail.Detail> details) {
    String agency = item.agency();
    List<Mail.Detail> all = new ArrayList<>();
    all.add(new Mail.Detail("Cơ quan thực hiện", recipients.agencyName(agency)));
    all.addAll(details);
    return new Mail(event, MailItem.of(item), subject, lead, null, lastDay(deadline.dueAt()), all,
        openTask(item.processInstanceId(), agency));
  }

  private String office() {
    return recipients.agencyName(office.group());
  }

  private LocalDate lastDay(Date due) {
    return due == null ? null : schedule.lastDayOf(due.toInstant());
  }

  /** The task open now in the item's process for the agency (claimed or not), for the link. */
  private String openTask(String processInstanceId, String agency) {
    CommandContext context = Context.getCommandContext();
    return context.runWithoutAuthorization(() -> {
      var query = context.getProcessEngineConfiguration().getTaskService().createTaskQuery()
          .processInstanceId(processInstanceId).active();
      var offered = agency == null ? List.<org.camunda.bpm.engine.task.Task>of()
          : query.taskCandidateGroup(agency).includeAssignedTasks().orderByTaskCreateTime().desc().list();
      if (!offered.isEmpty()) {
        return offered.get(0).getId();
      }
      return null;
    });
  }

  private static NotificationSession session() {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      throw new IllegalStateException("Notifications are collected inside an engine command");
    }
    return context.getSession(NotificationSession.class);
  }

  /** Writes a command's notifications to the outbox; called when its command context flushes. */
  void write(NotificationSession session) {
    Set<String> told = new HashSet<>();
    for (Message message : session.messages) {
      Mail mail = message.mail();
      // The task this command leaves open for the agency, with its deadline as it now stands (an
      // approved extension has moved it since the decision was recorded).
      for (OfferedTask offered : session.offered) {
        if (offered.processInstanceId().equals(message.linkProcessInstanceId())
            && (message.linkAgency() == null || offered.agencies().contains(message.linkAgency()))) {
          mail = new Mail(mail.event(), mail.item(), mail.subject(), mail.lead(), offered.taskName(),
              offered.mail().dueDate() != null ? offered.mail().dueDate() : mail.dueDate(), mail.details(),
              offered.taskId());
          break;
        }
      }
      Set<String> inMessage = new HashSet<>();
      for (Recipient to : message.recipients()) {
        if (inMessage.add(to.key())) {
          store(mail, to);
          told.add(to.key() + "|" + mail.taskId());
        }
      }
    }
    for (OfferedTask offered : session.offered) {
      Set<String> inMessage = new HashSet<>();
      for (String agency : offered.agencies()) {
        for (Recipient to : recipients.agency(agency)) {
          if (inMessage.add(to.key()) && !told.contains(to.key() + "|" + offered.taskId())) {
            store(offered.mail(), to);
          }
        }
      }
    }
  }

  private void store(Mail mail, Recipient to) {
    Status status;
    if (to.address() == null) {
      status = Status.SKIPPED;
    } else if (mail.event().delivery() == NotificationEvent.Delivery.DIGEST_BY_PREFERENCE
        && to.preference() == MailPreference.DAILY_DIGEST) {
      status = Status.HELD;
    } else {
      status = Status.PENDING;
    }
    MailText.Rendered rendered = texts.render(mail, to);
    outbox.insert(new OutboxRow(mail.event(), status, to, mail.item().businessKey(), mail.item().itemNumber(),
        mail.taskId(), mail.taskName(), mail.dueDate(), mail.item().noticeLabel(), rendered.link(), rendered.subject(),
        rendered.text(), rendered.html()));
  }

  private static String lowerFirst(String text) {
    return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String capitalized(String text) {
    return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
