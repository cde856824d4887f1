package vn.followup.report;

import vn.followup.engine.Choice;
import vn.followup.item.ClosureOutcome;

/**
 * Where an item stands against its deadline at the end of the report's date, in the categories of
 * the Government Office's task-tracking reports. Every item falls in exactly one; whether its
 * deadline was extended is told apart ({@link ItemStatus#extended()}), so an extended item that
 * was then finished late counts as late. The finished and stopped categories carry the words of the
 * closure outcome they match ({@link ClosureOutcome}).
 */
public enum Timeliness implements Choice {
  OPEN_IN_TERM("Chưa hoàn thành – trong hạn"),
  OPEN_EXTENDED("Đã gia hạn – chưa hoàn thành, trong hạn mới"),
  OPEN_OVERDUE("Chưa hoàn thành – quá hạn"),
  DONE_ON_TIME(ClosureOutcome.COMPLETED_ON_TIME.label()),
  DONE_LATE(ClosureOutcome.COMPLETED_LATE.label()),
  NO_DEADLINE("Không thời hạn / thường xuyên"),
  STOPPED(ClosureOutcome.STOPPED.label());

  private final String label;

  Timeliness(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
