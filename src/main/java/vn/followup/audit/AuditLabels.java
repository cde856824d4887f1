package vn.followup.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.followup.engine.ProcessVariable;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.item.ItemCard;
import vn.followup.item.ItemProcess;

/**
 * Vietnamese names for what auditors read: the variables that matter (the response document,
 * deadlines and extensions, reviews, closure) and the engine's user operation types.
 */
final class AuditLabels {

  /** The declared variables of the item and its watches, whose changes the trail may show. */
  private static final List<ProcessVariable<?>> AUDITED = ProcessVariable.declaredIn(ItemProcess.Values.class,
      DeadlineWatchProcess.Values.class);

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

  /** The variables holding a chosen code, with the labels of their choices, as declared. */
  private static final Map<String, Map<String, String>> CHOICES = AUDITED.stream()
      .filter(variable -> variable.choices() != null)
      .collect(Collectors.toUnmodifiableMap(ProcessVariable::name, ProcessVariable::choices));

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

  /**
   * The labels the variables' declarations give ({@link ProcessVariable#auditLabel()}: the item's,
   * the watch's, the office's variables on the item), and those of the card's fields, which the
   * trail shows as values of their own.
   */
  private static Map<String, String> variables() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(ItemCard.RESPONSIBLE_AGENCY_NAME, "Cơ quan thực hiện");
    labels.put(ItemCard.RESPONSE_DUE_RULE, "Căn cứ thời hạn trả lời");
    labels.put(ItemCard.COMPLETION_DUE_RULE, "Căn cứ thời hạn hoàn thành");
    AUDITED.stream().filter(variable -> variable.auditLabel() != null)
        .forEach(variable -> labels.put(variable.name(), variable.auditLabel()));
    return Collections.unmodifiableMap(labels);
  }

}
