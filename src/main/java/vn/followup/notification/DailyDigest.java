package vn.followup.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.deadline.DeadlineSettings;
import vn.followup.deadline.WorkingCalendar;
import vn.followup.engine.EngineClock;
import vn.followup.item.ItemProcess;
import vn.followup.notification.DigestText.Entry;
import vn.followup.notification.OutboxRow.Status;

/**
 * The daily digest, once per working day of the calendar at {@link MailSettings#digestTime()}
 * Vietnam time (the engine's clock): for each user, the new tasks held for the digest since the
 * last one, the open tasks whose deadline is within the reminder window (from the first reminder
 * day on) and the overdue ones. A task is offered to its assignee, or else to the members of its
 * agencies. Users who want each mail at once get the overdue part only. One node writes the day's
 * digests: the day is claimed in {@code followup_digest_run} in the same transaction.
 */
@Component
class DailyDigest {


  private static final int PAGE = 500;

  private final ProcessEngine engine;
  private final Outbox outbox;
  private final Recipients recipients;
  private final DigestText texts;
  private final WorkingCalendar calendar;
  private final DeadlineSchedule schedule;
  private final DeadlineSettings deadlines;
  private final MailSettings settings;
  private final TransactionTemplate transactions;

  DailyDigest(ProcessEngine engine, Outbox outbox, Recipients recipients, DigestText texts, WorkingCalendar calendar,
      DeadlineSchedule schedule, DeadlineSettings deadlines, MailSettings settings,
      PlatformTransactionManager transactionManager) {
    this.engine = engine;
    this.outbox = outbox;
    this.recipients = recipients;
    this.texts = texts;
    this.calendar = calendar;
    this.schedule = schedule;
    this.deadlines = deadlines;
    this.settings = settings;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /**
   * Writes today's digests if today is a working day, its digest time has come and no node has
   * written them yet; returns how many were written (0 otherwise).
   */
  int runIfDue() {
    Instant now = EngineClock.now();
    ZonedDateTime local = now.atZone(DeadlineSchedule.VIETNAM);
    LocalDate today = local.toLocalDate();
    if (!calendar.isWorkingDay(today) || local.toLocalTime().isBefore(settings.digestTime())) {
      return 0;
    }
    Integer written = transactions.execute(status -> outbox.claimDigestDay(today, now) ? write(today, now) : 0);
    return written == null ? 0 : written;
  }

  private int write(LocalDate today, Instant now) {
    Map<String, Sections> byUser = new LinkedHashMap<>();
    for (OpenTask task : openTasksWithDeadline(today, now)) {
      for (String user : task.users()) {
        Sections sections = byUser.computeIfAbsent(user, u -> new Sections());
        (task.overdue() ? sections.overdue : sections.dueSoon).add(task.entry());
      }
    }
    for (String user : outbox.usersWithHeldRows()) {
      byUser.computeIfAbsent(user, u -> new Sections());
    }
    int written = 0;
    for (Map.Entry<String, Sections> entry : byUser.entrySet()) {
      if (writeOne(entry.getKey(), entry.getValue(), today)) {
        written++;
      }
    }
    return written;
  }

  private boolean writeOne(String userId, Sections sections, LocalDate today) {
    List<Outbox.HeldRow> held = outbox.heldFor(userId);
    Recipient to = recipients.user(userId).orElse(null);
    List<Long> heldIds = held.stream().map(Outbox.HeldRow::id).toList();
    if (to == null) {
      outbox.markDigested(heldIds, null);
      return false;
    }
    Set<String> listed = new HashSet<>();
    sections.overdue.forEach(e -> listed.add(e.taskId()));
    List<Entry> dueSoon = new ArrayList<>();
    List<Entry> fresh = new ArrayList<>();
    if (to.preference() == MailPreference.DAILY_DIGEST) {
      for (Entry e : sections.dueSoon) {
        if (listed.add(e.taskId())) {
          dueSoon.add(e);
        }
      }
      Set<String> open = openTaskIds(held.stream().map(Outbox.HeldRow::taskId).toList());
      for (Outbox.HeldRow row : held) {
        if (row.event() == NotificationEvent.NEW_TASK && open.contains(row.taskId()) && listed.add(row.taskId())) {
          fresh.add(new Entry(row.taskId(), row.itemNumber(), row.taskName(), row.dueDate(), row.noticeLabel(), row.link()));
        }
      }
    }
    if (fresh.isEmpty() && dueSoon.isEmpty() && sections.overdue.isEmpty()) {
      outbox.markDigested(heldIds, null);
      return false;
    }
    MailText.Rendered rendered = texts.render(to, today, fresh, dueSoon, sections.overdue);
    long digestId = outbox.insert(new OutboxRow(NotificationEvent.DIGEST, to.address() == null ? Status.SKIPPED
        : Status.PENDING, to, null, null, null, null, null, null, rendered.link(), rendered.subject(), rendered.text(),
        rendered.html()));
    outbox.markDigested(heldIds, digestId);
    return true;
  }

  /** The step's name as the model gives it (the task's own name also carries the item's words). */
  private String stepName(Task task) {
    return stepNames.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(), key -> {
      org.camunda.bpm.model.bpmn.instance.FlowElement element = engine.getRepositoryService()
          .getBpmnModelInstance(task.getProcessDefinitionId()).getModelElementById(task.getTaskDefinitionKey());
      return element != null && element.getName() != null ? element.getName() : task.getName();
    });
  }

  private final java.util.Map<String, String> stepNames = new java.util.concurrent.ConcurrentHashMap<>();

  /** Open tasks overdue now or whose deadline's first reminder day has come. */
  private List<OpenTask> openTasksWithDeadline(LocalDate today, Instant now) {
    TaskService tasks = engine.getTaskService();
    int window = Collections.max(deadlines.reminderWorkingDays());
    Date limit = Date.from(schedule.endOfDay(today.plusDays(window * 2L + 14)));
    List<OpenTask> found = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<Task> page = tasks.createTaskQuery().active().dueBefore(limit).orderByDueDate().asc().orderByTaskId().asc()
          .listPage(first, PAGE);
      for (Task task : page) {
        Instant due = task.getDueDate().toInstant();
        LocalDate lastDay = schedule.lastDayOf(due);
        boolean overdue = !due.isAfter(now);
        if (!overdue && calendar.workingDaysBefore(lastDay, window).isAfter(today)) {
          continue;
        }
        List<String> users = users(tasks, task);
        if (users.isEmpty()) {
          continue;
        }
        // The notice's label: the task's own copy for Tasklist's column (item, watch and notice tasks have it).
        Map<String, Object> vars = tasks.getVariables(task.getId(),
            List.of(ItemProcess.Values.ITEM_NUMBER.name(), ItemProcess.Columns.NOTICE_LABEL.name()));
        found.add(new OpenTask(new Entry(task.getId(), ItemProcess.Values.ITEM_NUMBER.from(vars), stepName(task), lastDay,
            ItemProcess.Columns.NOTICE_LABEL.from(vars), null), users, overdue));
      }
      if (page.size() < PAGE) {
        return found;
      }
    }
  }

  private List<String> users(TaskService tasks, Task task) {
    if (task.getAssignee() != null) {
      return List.of(task.getAssignee());
    }
    Set<String> users = new LinkedHashSet<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && recipients.isAgency(link.getGroupId())) {
        recipients.members(link.getGroupId()).forEach(member -> users.add(member.userId()));
      }
    }
    return List.copyOf(users);
  }

  private Set<String> openTaskIds(List<String> ids) {
    List<String> present = ids.stream().filter(id -> id != null).distinct().toList();
    if (present.isEmpty()) {
      return Set.of();
    }
    Set<String> open = new HashSet<>();
    engine.getTaskService().createTaskQuery().taskIdIn(present.toArray(String[]::new)).list()
        .forEach(task -> open.add(task.getId()));
    return open;
  }

  private record OpenTask(Entry entry, List<String> users, boolean overdue) {
  }

  private static final class Sections {
    final List<Entry> dueSoon = new ArrayList<>();
    final List<Entry> overdue = new ArrayList<>();
  }
}
