package vn.followup.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.item.ClosureOutcome;
import vn.followup.item.ExtensionDecision;
import vn.followup.item.ImplementationState;
import vn.followup.item.ItemCard;
import vn.followup.item.ReviewDecision;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.office.OfficeActionProcess;

/**
 * Vietnamese names for what auditors read: the variables that matter (the response document,
 * deadlines and extensions, reviews, closure) and the engine's user operation types.
 */
final class AuditLabels {

  /** The audited variables, in the order of the item's life, with their labels. */
  static final Map<String, String> VARIABLES = variables();

  private static final Map<String, String> OPERATIONS = Map.ofEntries(
      Map.entry("Create", "Tạo"),
      Map.entry("Complete", "Hoàn thành công việc"),
      Map.entry("Claim", "Nhận việc"),
      Map.entry("Assign", "Giao việc"),
      Map.entry("Delegate", "Ủy quyền"),
      Map.entry("Resolve", "Giải quyết"),
      Map.entry("SetOwner", "Đặt người chịu trách nhiệm"),
      Map.entry("Update", "Cập nhật"),
      Map.entry("Delete", "Xóa"),
      Map.entry("AddIdentityLink", "Thêm người/nhóm xử lý"),
      Map.entry("DeleteIdentityLink", "Bỏ người/nhóm xử lý"),
      Map.entry("SetVariable", "Đặt giá trị biến"),
      Map.entry("SetVariables", "Đặt giá trị biến"),
      Map.entry("ModifyVariable", "Sửa giá trị biến"),
      Map.entry("RemoveVariable", "Xóa biến"),
      Map.entry("Suspend", "Tạm dừng"),
      Map.entry("Activate", "Kích hoạt lại"),
      Map.entry("ModifyProcessInstance", "Điều chỉnh phiên quy trình"),
      Map.entry("Migrate", "Chuyển phiên bản quy trình"),
      Map.entry("SetJobRetries", "Đặt số lần thử lại"),
      Map.entry("SetDueDate", "Đặt hạn công việc"),
      Map.entry("RecalculateDueDate", "Tính lại hạn hẹn giờ"),
      Map.entry("SetPriority", "Đặt độ ưu tiên"),
      Map.entry("CorrelateMessage", "Chuyển thông điệp"));

  /** The variables holding a chosen code, with the labels of their choices. */
  private static final Map<String, Map<String, String>> CHOICES = Map.of(
      Vars.IMPLEMENTATION_STATE, ImplementationState.choices(),
      Vars.REVIEW_DECISION, ReviewDecision.choices(),
      Vars.FINAL_REVIEW_DECISION, ReviewDecision.choices(),
      Vars.EXTENSION_DECISION, ExtensionDecision.choices(),
      Vars.CLOSURE_OUTCOME, ClosureOutcome.choices());

  private AuditLabels() {
  }

  /** A chosen code as its label (a review's "ACCEPT" reads "Chấp nhận"); any other value as it is. */
  static Object choice(String variable, Object value) {
    Map<String, String> choices = CHOICES.get(variable);
    return choices != null && value instanceof String code && choices.containsKey(code) ? choices.get(code) : value;
  }

  private static final Map<String, String> PROPERTIES = Map.ofEntries(
      Map.entry("assignee", "người xử lý"),
      Map.entry("owner", "người chịu trách nhiệm"),
      Map.entry("dueDate", "hạn xử lý"),
      Map.entry("followUpDate", "ngày nhắc"),
      Map.entry("priority", "độ ưu tiên"),
      Map.entry("candidate", "nhóm được giao"),
      Map.entry("name", "tên"),
      Map.entry("description", "mô tả"),
      Map.entry("suspensionState", "trạng thái tạm dừng"),
      Map.entry("retries", "số lần thử lại"),
      Map.entry("variableName", "tên biến"));

  static String operation(String type) {
    return OPERATIONS.getOrDefault(type, type);
  }

  /**
   * The changed property's name; null for the engine's bookkeeping flags (a completed task's
   * "delete"), which say nothing the operation does not.
   */
  static String property(String property) {
    if (property == null || "delete".equals(property) || "deleteReason".equals(property)) {
      return null;
    }
    return PROPERTIES.getOrDefault(property, property);
  }

  private static Map<String, String> variables() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(ItemCard.RESPONSIBLE_AGENCY_NAME, "Cơ quan thực hiện");
    labels.put(Vars.RECEIVED_BY, "Người tiếp nhận");
    labels.put(Vars.FOCAL_OFFICER, "Cán bộ đầu mối");
    labels.put(Vars.RESPONSE_DUE_AT, "Thời hạn trả lời");
    labels.put(Vars.ORIGINAL_RESPONSE_DUE_AT, "Thời hạn trả lời ban đầu");
    labels.put(ItemCard.RESPONSE_DUE_RULE, "Căn cứ thời hạn trả lời");
    labels.put(Vars.COMPLETION_DUE_AT, "Thời hạn hoàn thành");
    labels.put(Vars.ORIGINAL_COMPLETION_DUE_AT, "Thời hạn hoàn thành ban đầu");
    labels.put(ItemCard.COMPLETION_DUE_RULE, "Căn cứ thời hạn hoàn thành");
    labels.put(Vars.EXTENSION_REQUESTED, "Đề nghị gia hạn");
    labels.put(Vars.EXTENSION_NEW_DATE, "Thời hạn đề nghị mới");
    labels.put(Vars.EXTENSION_REASON, "Lý do đề nghị gia hạn");
    labels.put(Vars.EXTENSION_REQUESTED_BY, "Người đề nghị gia hạn");
    labels.put(Vars.EXTENSION_DECISION, "Quyết định gia hạn");
    labels.put(Vars.EXTENSION_DECISION_REASON, "Lý do quyết định gia hạn");
    labels.put(Vars.EXTENSION_DECIDED_BY, "Người quyết định gia hạn");
    labels.put(Vars.EXTENDED, "Đã gia hạn");
    labels.put(Vars.OVERDUE, "Quá hạn");
    labels.put(Vars.OVERDUE_SINCE, "Quá hạn từ");
    labels.put(Vars.RESPONSE_NUMBER, "Số văn bản trả lời");
    labels.put(Vars.RESPONSE_SYMBOL, "Ký hiệu văn bản trả lời");
    labels.put(Vars.RESPONSE_DATE, "Ngày văn bản trả lời");
    labels.put(Vars.RESPONSE_SIGNER, "Người ký");
    labels.put(Vars.RESPONSE_SUMMARY, "Trích yếu");
    labels.put(Vars.IMPLEMENTATION_STATE, "Tình trạng thực hiện");
    labels.put(Vars.IMPLEMENTATION_REASON, "Lý do không thể thực hiện");
    labels.put(Vars.RESPONSE_AUTHOR, "Người soạn văn bản trả lời");
    labels.put(Vars.RESPONSE_AUTHOR_NAME, "Họ tên người soạn văn bản trả lời");
    labels.put(Vars.RESPONSE_SUBMITTED_AT, "Thời điểm gửi văn bản trả lời");
    labels.put(Vars.REVIEW_DECISION, "Kết quả thẩm định văn bản");
    labels.put(Vars.REVIEW_REASON, "Lý do trả lại văn bản");
    labels.put(Vars.RESPONSE_REVIEWER, "Người thẩm định văn bản");
    labels.put(Vars.FINAL_REPORT, "Báo cáo kết quả cuối cùng");
    labels.put(Vars.COMPLETION_DATE, "Ngày hoàn thành");
    labels.put(Vars.FINAL_REVIEW_DECISION, "Kết quả thẩm định kết quả thực hiện");
    labels.put(Vars.FINAL_REVIEW_REASON, "Lý do trả lại báo cáo kết quả");
    labels.put(Vars.CLOSURE_OUTCOME, "Đánh giá kết quả thực hiện");
    labels.put(Vars.CLOSURE_NOTE, "Ghi chú khi kết thúc theo dõi");
    labels.put(Vars.CLOSED_BY, "Người kết thúc theo dõi");
    labels.put(Vars.COORDINATION_REMINDED, "Đã nhắc cơ quan phối hợp");
    labels.put(Vars.COORDINATION_LATE, "Cơ quan phối hợp quá hạn chưa có ý kiến");
    labels.put(Vars.ACKNOWLEDGEMENT_NOTE, "Ý kiến của cơ quan đề xuất");
    labels.put(Vars.ACKNOWLEDGED_BY, "Người nhận kết quả trả lời kiến nghị");
    labels.put(Vars.ACKNOWLEDGED_AT, "Thời điểm nhận kết quả trả lời kiến nghị");
    labels.put(Vars.STOP_REASON, "Lý do dừng thực hiện");
    labels.put(Vars.STOP_DECISION_NUMBER, "Số văn bản quyết định dừng");
    labels.put(Vars.STOP_DECISION_DATE, "Ngày văn bản quyết định dừng");
    labels.put(Vars.STOPPED_BY, "Người ghi nhận dừng thực hiện");
    labels.put(Vars.LAST_REPORT_LABEL, "Mục báo cáo định kỳ được chấp nhận");
    labels.put(Vars.LAST_REPORT_NUMBER, "Số báo cáo định kỳ");
    labels.put(Vars.LAST_REPORT_DATE, "Ngày báo cáo định kỳ");
    labels.put(OfficeActionProcess.Vars.ITEM_OFFICE_ACTION, "Thao tác của Văn phòng");
    labels.put(OfficeActionProcess.Vars.ITEM_DEADLINE_DECISION, "Quyết định thay đổi thời hạn của Ban Thường vụ");
    labels.put(DeadlineWatchProcess.Vars.DUE_AT, "Thời hạn được theo dõi");
    labels.put(DeadlineWatchProcess.Vars.REMINDERS_SENT, "Số lần nhắc hạn");
    labels.put(DeadlineWatchProcess.Vars.URGE_ACTION, "Hình thức đôn đốc");
    labels.put(DeadlineWatchProcess.Vars.URGE_NOTE, "Ghi chú đôn đốc");
    return Collections.unmodifiableMap(labels);
  }
}
