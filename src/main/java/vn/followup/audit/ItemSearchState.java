package vn.followup.audit;

import vn.followup.engine.Choice;
import vn.followup.report.Lifecycle;
import vn.followup.report.Timeliness;

/**
 * The states the item search ("Hồ sơ nội dung") filters by, as one row of SQL can tell them: the
 * item's latest follow-up running or ended, marked overdue, or closed by the office's stop. The
 * item page itself shows the report's finer lifecycle and timeliness.
 */
public enum ItemSearchState implements Choice {
  /** No follow-up started yet (a draft notice waiting for its number). */
  WAITING(Lifecycle.WAITING_NUMBER.label()),
  FOLLOWED("Đang theo dõi"),
  OVERDUE(Timeliness.OPEN_OVERDUE.label()),
  CLOSED(Lifecycle.CLOSED.label()),
  STOPPED(Lifecycle.STOPPED.label());

  private final String label;

  ItemSearchState(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
