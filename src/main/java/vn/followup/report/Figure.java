package vn.followup.report;

import java.time.LocalDate;
import java.util.function.Function;
import vn.followup.export.Table;
import vn.followup.report.StatusReport.Totals;

/**
 * A count or share of the status report, in the report's order: the summary's tiles and each
 * agency's row in Cockpit, the first columns of the summary and agency tables in the CSV and XLSX
 * files. The one source of their headings: the categories' labels are {@link Timeliness}'s, the
 * dashboard reads the others from the report's JSON ({@link StatusReport#figures()}). Each
 * figure's {@link #key()} is the name of its {@link Totals} component (checked by a test).
 */
public enum Figure {
  TOTAL("Tổng số nội dung", 12, Totals::total),
  DUE("Đã đến hạn", 11, Totals::due),
  DONE_ON_TIME(Timeliness.DONE_ON_TIME, 13, Totals::doneOnTime),
  DONE_LATE(Timeliness.DONE_LATE, 13, Totals::doneLate),
  OPEN_IN_TERM(Timeliness.OPEN_IN_TERM, 15, Totals::openInTerm),
  OPEN_EXTENDED(Timeliness.OPEN_EXTENDED, 18, Totals::openExtended),
  OPEN_OVERDUE(Timeliness.OPEN_OVERDUE, 15, Totals::openOverdue),
  NO_DEADLINE(Timeliness.NO_DEADLINE, 15, Totals::noDeadline),
  STOPPED(Timeliness.STOPPED, 11, Totals::stopped),
  EXTENDED("Trong đó: đã gia hạn", 12, Totals::extended),
  DUE_SOON("Trong đó: sắp đến hạn", 12, Totals::dueSoon),
  OVERDUE_SHARE("Tỷ lệ quá hạn (%)", 11, Totals::overdueShare),
  ON_TIME_SHARE("Tỷ lệ đúng hạn (%)", 11, Totals::onTimeShare);

  private final String label;
  private final int width;
  private final Function<Totals, Object> value;

  Figure(String label, int width, Function<Totals, Object> value) {
    this.label = label;
    this.width = width;
    this.value = value;
  }

  Figure(Timeliness category, int width, Function<Totals, Object> value) {
    this(category.label(), width, value);
  }

  /** The figure's name in the report's JSON ({@code doneOnTime}): its {@link Totals} component. */
  public String key() {
    return ReportColumn.camelCase(name());
  }

  public String label() {
    return label;
  }

  /** Whether it is a percentage (of the items due) rather than a count. */
  public boolean share() {
    return name().endsWith("_SHARE");
  }

  Object of(Totals totals) {
    return value.apply(totals);
  }

  /**
   * Whether the item is one of those this figure counts at the end of the date (for a share, those
   * of its numerator): what a click on the figure lists.
   */
  boolean counts(ItemStatus item, LocalDate date) {
    return switch (this) {
      case TOTAL -> true;
      case DUE -> isDue(item, date);
      case DONE_ON_TIME, ON_TIME_SHARE -> item.timeliness() == Timeliness.DONE_ON_TIME;
      case DONE_LATE -> item.timeliness() == Timeliness.DONE_LATE;
      case OPEN_IN_TERM -> item.timeliness() == Timeliness.OPEN_IN_TERM;
      case OPEN_EXTENDED -> item.timeliness() == Timeliness.OPEN_EXTENDED;
      case OPEN_OVERDUE, OVERDUE_SHARE -> item.timeliness() == Timeliness.OPEN_OVERDUE;
      case NO_DEADLINE -> item.timeliness() == Timeliness.NO_DEADLINE;
      case STOPPED -> item.timeliness() == Timeliness.STOPPED;
      case EXTENDED -> item.extended();
      case DUE_SOON -> item.dueSoon();
    };
  }

  /** Done, overdue, or at its last day: the items a share is taken of. */
  private static boolean isDue(ItemStatus item, LocalDate date) {
    return switch (item.timeliness()) {
      case DONE_ON_TIME, DONE_LATE, OPEN_OVERDUE -> true;
      case OPEN_IN_TERM, OPEN_EXTENDED -> date.equals(item.dueDate());
      case NO_DEADLINE, STOPPED -> false;
    };
  }

  Table.Column column() {
    return Table.column(label, width);
  }
}
