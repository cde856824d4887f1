package vn.followup.office;

/**
 * What the City Party Committee Office does on an item in its own right, each as a small process
 * started from Tasklist ("Khởi tạo quy trình") with its Camunda Form: the process key, the start
 * form, the service task and the Vietnamese label used in the model, the audit timeline and the
 * documentation (docs/processes.md).
 */
public enum OfficeAction {
  STOP("Process_OfficeStopItem", "Dừng theo dõi nội dung"),
  CHANGE_DEADLINE("Process_OfficeChangeDeadline", "Ghi nhận thay đổi thời hạn theo quyết định của Ban Thường vụ"),
  CHANGE_LEAD("Process_OfficeChangeLead", "Thay đổi cơ quan chủ trì"),
  MOVE_TASK("Process_OfficeMoveTask", "Chuyển công việc sang cơ quan khác"),
  ADD_ITEM("Process_OfficeAddItem", "Bổ sung nội dung vào thông báo đã đăng ký"),
  REOPEN("Process_OfficeReopenItem", "Mở lại nội dung đã kết thúc theo dõi");

  private final String processKey;
  private final String label;

  OfficeAction(String processKey, String label) {
    this.processKey = processKey;
    this.label = label;
  }

  public String processKey() {
    return processKey;
  }

  public String label() {
    return label;
  }

  /** Its name in an address: {@code change-deadline}. */
  public String slug() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The action of an address part; empty for any other text. */
  public static java.util.Optional<OfficeAction> ofSlug(String slug) {
    return java.util.Arrays.stream(values()).filter(action -> action.slug().equals(slug)).findFirst();
  }
}
