package vn.followup.report;

/** The stage of an item's follow-up (đã giao → tiếp nhận → đang thực hiện → chờ thẩm định → đã đóng). */
public enum Lifecycle {
  WAITING_NUMBER("Chờ cấp số thông báo"),
  ASSIGNED("Đã giao, chờ tiếp nhận"),
  IN_PROGRESS("Chủ trì đã tiếp nhận, đang thực hiện"),
  AWAITING_REVIEW("Đã có văn bản trả lời, chờ thẩm định"),
  IMPLEMENTING("Đang thực hiện, báo cáo tiến độ hằng quý"),
  AWAITING_CLOSURE("Chờ đóng"),
  CLOSED("Đã đóng"),
  STOPPED("Dừng thực hiện");

  private final String label;

  Lifecycle(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
