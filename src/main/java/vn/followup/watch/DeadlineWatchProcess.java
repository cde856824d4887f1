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
   * The variables code reads and writes, typed: {@code Values.DUE_AT.get(execution)} is a
   * {@code Date}, never a cast. The names are those of {@link Vars}, which the model uses.
   */
  public static final class Values {
    public static final ProcessVariable<Date> DUE_AT = ProcessVariable.date(Vars.DUE_AT);
    public static final ProcessVariable<String> DEADLINE_TYPE = ProcessVariable.text(Vars.DEADLINE_TYPE);
    public static final ProcessVariable<String> DEADLINE_LABEL = ProcessVariable.text(Vars.DEADLINE_LABEL);
    public static final ProcessVariable<Date> NEXT_REMINDER_AT = ProcessVariable.date(Vars.NEXT_REMINDER_AT);
    public static final ProcessVariable<Integer> REMINDERS_SENT = ProcessVariable.integer(Vars.REMINDERS_SENT);
    public static final ProcessVariable<Boolean> OVERDUE = ProcessVariable.flag(Vars.OVERDUE);
    public static final ProcessVariable<Date> OVERDUE_SINCE = ProcessVariable.date(Vars.OVERDUE_SINCE);
    public static final ProcessVariable<Date> LAST_REMINDER_AT = ProcessVariable.date(Vars.LAST_REMINDER_AT);

    private Values() {
    }
  }

  /** The inputs of the urge form, as the server checks them (FormsContractTest holds the form to them). */
  public static final class Fields {
    public static final InputRule URGE_ACTION = InputRule.choice(Vars.URGE_ACTION, "Hình thức đôn đốc");
    public static final InputRule URGE_NOTE = InputRule.text(Vars.URGE_NOTE, "Ghi chú", 2000);

    private Fields() {
    }
  }

  /** Variable names (local to the watch instance unless said otherwise). */
  public static final class Vars {
    public static final String DUE_AT = "dueAt";
    public static final String DEADLINE_TYPE = "deadlineType";
    public static final String DEADLINE_LABEL = "deadlineLabel";
    public static final String NEXT_REMINDER_AT = "nextReminderAt";
    public static final String REMINDERS_SENT = "remindersSent";
    public static final String URGE_ACTION = "urgeAction";
    public static final String URGE_NOTE = "urgeNote";
    /** Written on the watch and on the item that called it (the item's constants name the same variables). */
    public static final String OVERDUE = "overdue";
    public static final String OVERDUE_SINCE = "overdueSince";
    public static final String LAST_REMINDER_AT = "lastReminderAt";

    private Vars() {
    }
  }
}
