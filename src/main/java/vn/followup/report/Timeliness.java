package vn.followup.report;

/**
 * Where an item stands against its deadline at the end of the report's date, in the categories of
 * the Government Office's task-tracking reports. Every item falls in exactly one; whether its
 * deadline was extended is told apart ({@link ItemStatus#extended()}), so an extended item that
 * was then finished late counts as late.
 */
public enum Timeliness {
  OPEN_IN_TERM("Chưa hoàn thành – trong hạn"),
  OPEN_EXTENDED("Đã gia hạn – chưa hoàn thành, trong hạn mới"),
  OPEN_OVERDUE("Chưa hoàn thành – quá hạn"),
  DONE_ON_TIME("Hoàn thành đúng hạn"),
  DONE_LATE("Hoàn thành quá hạn"),
  NO_DEADLINE("Không thời hạn / thường xuyên"),
  STOPPED("Dừng thực hiện");

  private final String label;

  Timeliness(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
