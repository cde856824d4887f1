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
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.watch.WatchEvents;
import vn.followup.item.ItemEvents;
import vn.followup.item.ItemProcess.Vars;
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
    returned(event.task(), event.author(), event.what(), event.reason());
  }

  @EventListener
  void on(ItemEvents.CoordinationDueSoon event) {
    coordinationDueSoon(event.item(), event.agencies());
  }

  @EventListener
  void on(ItemEvents.ExtensionDecided event) {
    extensionDecided(event.decision(), event.decisionLabel(), event.reason());
  }

  @EventListener
  void on(WatchEvents.MarkedOverdue event) {
    markedOverdue(event.watch(), event.deadlineName());
  }

  @EventListener
  void on(WatchEvents.DueSoon event) {
    dueSoon(event.watch(), event.deadlineName());
  }

  @EventListener
  void on(WatchEvents.Urged event) {
    urged(event.urge(), event.howLabel());
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
  public void returned(DelegateTask review, String author, String what, String reason) {
    recipients.user(author).ifPresent(to -> {
      String agency = (String) review.getVariable(Vars.RESPONSIBLE_AGENCY);
      Mail mail = new Mail(NotificationEvent.RETURNED, item(review), capitalized(what) + " bị trả lại để hoàn thiện",
          office(review) + " đã trả lại " + what + " đồng chí soạn để hoàn thiện, với lý do dưới đây.",
          null, dueDate(review, Vars.RESPONSE_DUE_AT), List.of(new Mail.Detail("Lý do trả lại", reason)),
          openTask(review.getProcessInstanceId(), agency));
      session().messages.add(new Message(mail, List.of(to), review.getProcessInstanceId(), agency));
    });
  }

  /**
   * The office urged the agency (completion of "Đôn đốc thực hiện" in the deadline watch): the
   * agency's heads and members at once, a copy to the office.
   */
  public void urged(DelegateTask urge, String howLabel) {
    DelegateExecution watch = urge.getExecution();
    Mail base = watchMail(watch, NotificationEvent.URGED, "Đôn đốc thực hiện",
        office(watch) + " đôn đốc cơ quan thực hiện nội dung dưới đây, đã quá hạn.",
        List.of(new Mail.Detail("Hình thức đôn đốc", howLabel)));
    toAgencyWithOfficeCopy(watch, base);
  }

  /** The deadline watched by {@code watch} has passed: the agency at once, a copy to the office. */
  public void markedOverdue(DelegateExecution watch, String deadlineName) {
    Mail base = watchMail(watch, NotificationEvent.OVERDUE, "Quá hạn: " + lowerFirst(deadlineName),
        "Nội dung dưới đây đã quá " + lowerFirst(deadlineName) + " mà chưa có kết quả; đề nghị khẩn trương thực hiện.",
        List.of());
    toAgencyWithOfficeCopy(watch, base);
  }

  /** A reminder before the deadline: at once to members who want each mail; the others read it in their digest. */
  public void dueSoon(DelegateExecution watch, String deadlineName) {
    Mail mail = watchMail(watch, NotificationEvent.DUE_SOON, "Sắp đến " + lowerFirst(deadlineName),
        "Nội dung dưới đây sắp đến " + lowerFirst(deadlineName) + ".", List.of());
    String agency = (String) watch.getVariable(Vars.RESPONSIBLE_AGENCY);
    List<Recipient> immediate = recipients.members(agency).stream()
        .filter(r -> r.preference() == MailPreference.IMMEDIATE).toList();
    session().messages.add(new Message(mail, immediate, itemProcessInstanceId(watch), agency));
  }

  /**
   * Before the coordination deadline: each coordinating agency still without input, at once, with
   * a link to its open coordination task.
   */
  public void coordinationDueSoon(DelegateExecution item, List<String> agencies) {
    for (String agency : agencies) {
      Mail mail = new Mail(NotificationEvent.DUE_SOON, MailItem.of(item, item.getProcessBusinessKey()),
          "Sắp đến hạn cho ý kiến phối hợp",
          "Cơ quan, đơn vị của đồng chí chưa gửi ý kiến phối hợp cho nội dung dưới đây; sau hạn này cơ quan chủ trì "
              + "trả lời mà không chờ ý kiến.", null, dueDate(item, Vars.COORDINATION_DUE_AT),
          List.of(new Mail.Detail("Cơ quan phối hợp", recipients.agencyName(agency))),
          openTask(item.getProcessInstanceId(), agency));
      session().messages.add(new Message(mail, recipients.agency(agency), item.getProcessInstanceId(), agency));
    }
  }

  /** The office decided an extension request: the agency concerned at once. */
  public void extensionDecided(DelegateTask decision, String decisionLabel, String reason) {
    String agency = (String) decision.getVariable(Vars.RESPONSIBLE_AGENCY);
    toAgencyConcerned(decision, NotificationEvent.EXTENSION_DECIDED,
        NotificationEvent.EXTENSION_DECIDED.label() + ": " + lowerFirst(decisionLabel),
        office(decision) + " đã xem xét đề nghị gia hạn của cơ quan: " + lowerFirst(decisionLabel) + ".",
        List.of(new Mail.Detail("Kết quả", decisionLabel), new Mail.Detail("Lý do", reason)), agency);
  }

  /**
   * An office decision about an item, told at once to every member of {@code agency} and its
   * shared mailbox, linked to the task this command leaves open for the agency. Also the door for
   * the office's lifecycle actions (stop, changed deadline, re-open).
   */
  public void toAgencyConcerned(DelegateTask task, NotificationEvent event, String subject, String lead,
      List<Mail.Detail> details, String agency) {
    Mail mail = new Mail(event, item(task), subject, lead, null, dueDate(task, Vars.RESPONSE_DUE_AT), details,
        openTask(task.getProcessInstanceId(), agency));
    session().messages.add(new Message(mail, recipients.agency(agency), task.getProcessInstanceId(), agency));
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
    Mail mail = new Mail(NotificationEvent.NEW_TASK, item(task), "Việc mới: " + step,
        "Cơ quan, đơn vị của đồng chí có việc mới cần xử lý.", step,
        due == null ? null : schedule.lastDayOf(due.toInstant()), List.of(), task.getId());
    session().offered.add(new OfferedTask(task.getId(), task.getProcessInstanceId(), step, agencies, mail));
  }

  private void toAgencyWithOfficeCopy(DelegateExecution watch, Mail mail) {
    String agency = (String) watch.getVariable(Vars.RESPONSIBLE_AGENCY);
    Map<String, Recipient> to = new LinkedHashMap<>();
    for (Recipient r : recipients.members(agency)) {
      to.putIfAbsent(r.key(), r);
    }
    DelegateExecution item = watch.getProcessInstance().getSuperExecution();
    String lead = item == null ? null : (String) item.getVariable(Vars.LEAD_AGENCY);
    if (lead != null && !lead.equals(agency)) {
      for (Recipient r : recipients.members(lead)) {
        to.putIfAbsent(r.key(), r);
      }
    }
    for (Recipient r : recipients.officeCopy(office.group())) {
      to.putIfAbsent(r.key(), r);
    }
    session().messages.add(new Message(mail, List.copyOf(to.values()), itemProcessInstanceId(watch), agency));
  }

  private Mail watchMail(DelegateExecution watch, NotificationEvent event, String subject, String lead,
      List<Mail.Detail> details) {
    String agency = (String) watch.getVariable(Vars.RESPONSIBLE_AGENCY);
    List<Mail.Detail> all = new ArrayList<>();
    all.add(new Mail.Detail("Cơ quan thực hiện", recipients.agencyName(agency)));
    all.addAll(details);
    return new Mail(event, MailItem.of(watch, watch.getProcessBusinessKey()), subject, lead, null,
        dueDate(watch, DeadlineWatchProcess.Vars.DUE_AT), all, openTask(itemProcessInstanceId(watch), agency));
  }

  private String office(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return recipients.agencyName(office.group());
  }

  private static String itemProcessInstanceId(DelegateExecution watch) {
    DelegateExecution item = watch.getProcessInstance().getSuperExecution();
    return item == null ? watch.getProcessInstanceId() : item.getProcessInstanceId();
  }

  private static MailItem item(DelegateTask task) {
    return MailItem.of(task, task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey());
  }

  private LocalDate dueDate(org.camunda.bpm.engine.delegate.VariableScope scope, String variable) {
    return scope.getVariable(variable) instanceof Date due ? schedule.lastDayOf(due.toInstant()) : null;
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
