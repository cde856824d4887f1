package vn.followup.watch;

import java.util.Date;
import vn.followup.deadline.DeadlineType;
import vn.followup.engine.InputRule;
import vn.followup.engine.ProcessVariable;

/**
 * The watch over one deadline ({@code bpmn/deadline-watch.bpmn}), called by the item process for
 * its response and its completion deadline and cancelled when that phase ends: reminders before
 * the deadline, the overdue mark at it, and a weekly urge task for the office while overdue.
 */
public final class DeadlineWatchProcess {

  public static final String KEY = "Process_DeadlineWatch";
  /**
   * Correlated to a watch whose deadline moved ("Thời hạn được thay đổi"), with the new due date and
   * reminder date: its waiting timers start again from the new dates.
   */
  public static final String MESSAGE_DEADLINE_MOVED = "Message_WatchedDeadlineMoved";
  /** Values of {@link Vars#DEADLINE_TYPE}: the names of {@link DeadlineType}. */
  public static final String TYPE_RESPONSE = DeadlineType.RESPONSE.name();
  public static final String TYPE_COMPLETION = DeadlineType.COMPLETION.name();

  private DeadlineWatchProcess() {
  }

  /** Element ids. */
  public static final class Elements {
    public static final String SERVICE_TASK_PLAN_REMINDERS = "ServiceTask_PlanReminders";
    public static final String TIMER_REMINDER = "Timer_Reminder";
    public static final String SERVICE_TASK_RECORD_REMINDER = "ServiceTask_RecordReminder";
    public static final String GATEWAY_REMINDER_LOOP = "Gateway_ReminderLoop";
    public static final String TIMER_DEADLINE = "Timer_Deadline";
    public static final String SERVICE_TASK_MARK_OVERDUE = "ServiceTask_MarkOverdue";
    public static final String TASK_URGE = "Task_Urge";
    public static final String TIMER_REPEAT_URGE = "Timer_RepeatUrge";

    private Elements() {
    }
  }

  /**
   * Every variable of the watch, declared once ({@link ProcessVariable}): name, type, form input,
   * audit label and history treatment; code reads and writes them typed ({@code Values.DUE_AT.get(execution)}
   * is a {@code Date}, never a cast). {@link Vars} and {@link Fields} are read from here.
   */
  public static final class Values {
    public static final ProcessVariable<Date> DUE_AT = ProcessVariable.date("dueAt")
        .audited("Thời hạn được theo dõi");
    public static final ProcessVariable<String> DEADLINE_TYPE = ProcessVariable.text("deadlineType");
    /** The watched deadline's label, which the urge task's Tasklist column shows. */
    public static final ProcessVariable<String> DEADLINE_LABEL = ProcessVariable.text("deadlineLabel")
        .labelled("Hạn được đôn đốc");
    public static final ProcessVariable<Date> NEXT_REMINDER_AT = ProcessVariable.date("nextReminderAt")
        .recordedElsewhere();
    public static final ProcessVariable<Integer> REMINDERS_SENT = ProcessVariable.integer("remindersSent")
        .audited("Số lần nhắc hạn");
    public static final ProcessVariable<String> URGE_ACTION = ProcessVariable.text("urgeAction")
        .asked(InputRule.choice("Hình thức đôn đốc")).audited().chosenFrom(UrgeAction.class);
    public static final ProcessVariable<String> URGE_NOTE = ProcessVariable.text("urgeNote")
        .asked(InputRule.text("Ghi chú", 2000)).audited("Ghi chú đôn đốc");
    /** Written on the watch and on the item that called it (the item's constants name the same variables). */
    public static final ProcessVariable<Boolean> OVERDUE = ProcessVariable.flag("overdue").audited("Quá hạn");
    public static final ProcessVariable<Date> OVERDUE_SINCE = ProcessVariable.date("overdueSince")
        .audited("Quá hạn từ");
    public static final ProcessVariable<Date> LAST_REMINDER_AT = ProcessVariable.date("lastReminderAt");

    private Values() {
    }
  }

  /** The inputs of the urge form, as the server checks them (FormsContractTest holds the form to them). */
  public static final class Fields {
    public static final InputRule URGE_ACTION = Values.URGE_ACTION.input();
    public static final InputRule URGE_NOTE = Values.URGE_NOTE.input();

    private Fields() {
    }
  }

  /** Variable names (local to the watch instance unless said otherwise). */
  public static final class Vars {
    public static final String DUE_AT = Values.DUE_AT.name();
    public static final String DEADLINE_TYPE = Values.DEADLINE_TYPE.name();
    public static final String DEADLINE_LABEL = Values.DEADLINE_LABEL.name();
    public static final String NEXT_REMINDER_AT = Values.NEXT_REMINDER_AT.name();
    public static final String REMINDERS_SENT = Values.REMINDERS_SENT.name();
    public static final String URGE_ACTION = Values.URGE_ACTION.name();
    public static final String URGE_NOTE = Values.URGE_NOTE.name();
    public static final String OVERDUE = Values.OVERDUE.name();
    public static final String OVERDUE_SINCE = Values.OVERDUE_SINCE.name();
    public static final String LAST_REMINDER_AT = Values.LAST_REMINDER_AT.name();

    private Vars() {
    }
  }
}
