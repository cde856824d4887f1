package vn.followup.report;

import vn.followup.engine.Choice;

/** The stage of an item's follow-up (đã giao → tiếp nhận → đang thực hiện → chờ thẩm định → đã đóng). */
public enum Lifecycle implements Choice {
  WAITING_NUMBER("Chờ cấp số thông báo"),
  ASSIGNED("Đã giao, chờ tiếp nhận"),
  IN_PROGRESS("Chủ trì đã tiếp nhận, đang thực hiện"),
  AWAITING_REVIEW("Đã có văn bản trả lời, chờ thẩm định"),
  IMPLEMENTING("Đang thực hiện, báo cáo tiến độ hằng quý"),
  AWAITING_CLOSURE("Chờ đóng"),
  CLOSED("Đã đóng"),
  STOPPED(Timeliness.STOPPED.label());

  private final String label;

  Lifecycle(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
