package vn.followup.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.followup.organisation.Roles;

/**
 * The operations each role may call over HTTP: the one table of who reaches what. Everything a
 * user who is not an administrator sends to the engine REST API, the webapps' API (Tasklist,
 * Cockpit, Admin) or the project's {@code /api} must match a row of a role the user has;
 * everything else is refused before anything runs ({@link OperationAllowlistFilter}). The rows are
 * the operations the product's screens and documented API use, found by walking every screen
 * (the browser tests) and the documented calls; a new screen that needs one more operation adds
 * it here, and the generated matrix test ({@code AllowlistMatrixTest}) shows what that opens.
 *
 * <p>Paths are written relative to their surface: {@code ENGINE} is the engine REST API, at
 * {@code /engine-rest/}, {@code /engine-rest/engine/default/} and the webapps'
 * {@code /camunda/api/engine/engine/default/} alike; {@code WEBAPP} is the rest of the webapps' API
 * under {@code /camunda/api/}; {@code API} is the project's {@code /api/}. A <code>{}</code> matches
 * one path segment (an id), a final <code>**</code> any rest of the path.
 *
 * <p>Administrators ({@code camunda-admin}) are not limited by this table; what they do is theirs
 * to answer for, and the engine's operation log records it.
 */
final class OperationAllowlist {

  /** Where an operation is served. */
  enum Surface { ENGINE, WEBAPP, API }

  /**
   * Who an operation is for. Every logged-in user is {@link #EVERYONE}; the others are the
   * product's role groups ({@link Roles}); the office's group is configured.
   */
  enum Role {
    /** Every logged-in user: agency staff and heads in Tasklist, and the product's own API. */
    EVERYONE("mọi người dùng đã đăng nhập (cán bộ các cơ quan, đơn vị)"),
    /** The City Party Committee Office: registers notices, acts on items, reads reports. */
    OFFICE("Văn phòng Thành ủy"),
    /** Supervisors: read everything in Cockpit and the dashboard. */
    SUPERVISOR("giám sát"),
    /** Auditors: read everything and its history. */
    AUDITOR("kiểm tra"),
    /** Operations: as supervisors, plus retrying failed jobs and resolving incidents. */
    OPERATIONS("vận hành");

    private final String label;

    Role(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }

    /** The roles of a user with these groups. */
    static Set<Role> of(Collection<String> groups, String officeGroup) {
      Set<Role> roles = EnumSet.of(EVERYONE);
      if (groups.contains(officeGroup)) {
        roles.add(OFFICE);
      }
      if (groups.contains(Roles.SUPERVISORS)) {
        roles.add(SUPERVISOR);
      }
      if (groups.contains(Roles.AUDITORS)) {
        roles.add(AUDITOR);
      }
      if (groups.contains(Roles.OPERATIONS)) {
        roles.add(OPERATIONS);
      }
      return roles;
    }
  }

  /** One allowed operation: the roles it is for, the method and the path on its surface. */
  record Operation(Set<Role> roles, String method, Surface surface, String path, String why) {

    /** The path's segments, split once. */
    private List<String> pattern() {
      return PATTERNS.computeIfAbsent(path, OperationAllowlist::segments);
    }

    boolean matches(String requestMethod, Surface requestSurface, List<String> requestSegments) {
      if (requestSurface != surface || !method.equals(requestMethod)) {
        return false;
      }
      List<String> pattern = pattern();
      for (int i = 0; i < pattern.size(); i++) {
        if (pattern.get(i).equals("**")) {
          return requestSegments.size() > i;
        }
        if (i >= requestSegments.size()) {
          return false;
        }
        if (!pattern.get(i).equals("{}") && !pattern.get(i).equals(requestSegments.get(i))) {
          return false;
        }
      }
      return pattern.size() == requestSegments.size();
    }
  }

  /** Each row's path split into segments, once per path. */
  private static final Map<String, List<String>> PATTERNS = new ConcurrentHashMap<>();

  private static final Set<Role> EVERYONE = EnumSet.of(Role.EVERYONE);
  private static final Set<Role> OFFICE = EnumSet.of(Role.OFFICE);
  private static final Set<Role> READERS = EnumSet.of(Role.SUPERVISOR, Role.AUDITOR, Role.OPERATIONS);
  private static final Set<Role> REPORT_READERS = EnumSet.of(Role.OFFICE, Role.SUPERVISOR, Role.AUDITOR,
      Role.OPERATIONS);
  private static final Set<Role> OPERATIONS = EnumSet.of(Role.OPERATIONS);
  private static final Set<Role> NOTICE_READERS = EnumSet.of(Role.OFFICE, Role.SUPERVISOR, Role.AUDITOR);
  private static final Set<Role> HISTORY_READERS = EnumSet.of(Role.SUPERVISOR, Role.AUDITOR);

  /** The table. Reads are GET, or POST where the API takes a query in the body. */
  static final List<Operation> OPERATIONS_TABLE = List.of(
      // ---- Logging in and out, who am I (every webapp) ----
      op(EVERYONE, "GET", Surface.WEBAPP, "admin/auth/user/{}", "đăng nhập: người dùng hiện tại"),
      op(EVERYONE, "POST", Surface.WEBAPP, "admin/auth/user/{}/login/{}", "đăng nhập"),
      op(EVERYONE, "POST", Surface.WEBAPP, "admin/auth/user/{}/logout", "đăng xuất"),
      op(EVERYONE, "GET", Surface.ENGINE, "engine", "danh sách máy quy trình"),
      op(EVERYONE, "GET", Surface.ENGINE, "user/{}/profile", "hồ sơ người dùng"),
      op(EVERYONE, "GET", Surface.ENGINE, "identity/groups", "nhóm của người dùng"),
      op(EVERYONE, "GET", Surface.ENGINE, "identity/password-policy", "quy định mật khẩu"),
      op(EVERYONE, "GET", Surface.ENGINE, "authorization/check", "quyền của người dùng (Tasklist ẩn nút không dùng được)"),
      op(EVERYONE, "GET", Surface.ENGINE, "group", "tên các nhóm (cơ quan, đơn vị)"),
      op(EVERYONE, "POST", Surface.ENGINE, "group", "tên các nhóm (cơ quan, đơn vị)"),
      op(EVERYONE, "GET", Surface.ENGINE, "group/count", "tên các nhóm (cơ quan, đơn vị)"),
      op(EVERYONE, "GET", Surface.WEBAPP, "{}/plugin/{}/static/**", "tệp giao diện (mã, kiểu chữ) của các ứng dụng"),
      op(EVERYONE, "GET", Surface.API, "me", "người dùng hiện tại"),
      op(EVERYONE, "GET", Surface.API, "me/mail-preference", "nhận thư điện tử"),
      op(EVERYONE, "PUT", Surface.API, "me/mail-preference", "nhận thư điện tử"),
      op(EVERYONE, "GET", Surface.API, "me/submitted", "Đã gửi: văn bản trả lời của cơ quan mình và tình trạng"),
      op(EVERYONE, "GET", Surface.API, "tasklist/cards", "thẻ công việc: thời hạn, bị trả lại, khẩn"),
      // ---- Tasklist: the filters, the list, one task ----
      op(EVERYONE, "GET", Surface.ENGINE, "filter", "bộ lọc"),
      op(EVERYONE, "OPTIONS", Surface.ENGINE, "filter", "bộ lọc"),
      op(EVERYONE, "GET", Surface.ENGINE, "filter/{}", "bộ lọc"),
      op(EVERYONE, "GET", Surface.ENGINE, "filter/{}/count", "số việc của bộ lọc"),
      op(EVERYONE, "POST", Surface.ENGINE, "filter/{}/count", "số việc của bộ lọc"),
      op(EVERYONE, "GET", Surface.ENGINE, "filter/{}/list", "danh sách việc của bộ lọc"),
      op(EVERYONE, "POST", Surface.ENGINE, "filter/{}/list", "danh sách việc của bộ lọc"),
      op(EVERYONE, "GET", Surface.ENGINE, "task", "danh sách việc"),
      op(EVERYONE, "POST", Surface.ENGINE, "task", "danh sách việc"),
      op(EVERYONE, "GET", Surface.ENGINE, "task/count", "số việc"),
      op(EVERYONE, "POST", Surface.ENGINE, "task/count", "số việc"),
      op(EVERYONE, "GET", Surface.ENGINE, "task/{}", "xem công việc"),
      op(EVERYONE, "GET", Surface.ENGINE, "task/{}/form", "biểu mẫu của công việc"),
      op(EVERYONE, "GET", Surface.ENGINE, "task/{}/deployed-form", "biểu mẫu của công việc"),
      op(EVERYONE, "GET", Surface.ENGINE, "task/{}/form-variables", "dữ liệu biểu mẫu"),
      op(EVERYONE, "GET", Surface.ENGINE, "task/{}/variables", "dữ liệu của công việc"),
      op(EVERYONE, "GET", Surface.ENGINE, "task/{}/variables/{}", "dữ liệu của công việc"),
      op(EVERYONE, "GET", Surface.ENGINE, "task/{}/identity-links", "cơ quan được giao"),
      op(EVERYONE, "POST", Surface.ENGINE, "variable-instance", "cột Thông báo, Thời hạn của danh sách việc"),
      op(EVERYONE, "POST", Surface.ENGINE, "variable-instance/count", "cột Thông báo, Thời hạn của danh sách việc"),
      op(EVERYONE, "POST", Surface.ENGINE, "task/{}/claim", "nhận việc"),
      op(EVERYONE, "POST", Surface.ENGINE, "task/{}/unclaim", "trả việc"),
      op(EVERYONE, "POST", Surface.ENGINE, "task/{}/complete", "hoàn thành công việc"),
      op(EVERYONE, "POST", Surface.ENGINE, "task/{}/submit-form", "hoàn thành biểu mẫu"),
      op(EVERYONE, "GET", Surface.ENGINE, "task/{}/comment", "ý kiến"),
      op(EVERYONE, "GET", Surface.ENGINE, "task/{}/comment/{}", "ý kiến"),
      op(EVERYONE, "POST", Surface.ENGINE, "task/{}/comment/create", "ghi ý kiến"),
      op(EVERYONE, "GET", Surface.ENGINE, "task/{}/attachment", "tệp đính kèm"),
      op(EVERYONE, "GET", Surface.ENGINE, "task/{}/attachment/{}", "tệp đính kèm"),
      op(EVERYONE, "GET", Surface.ENGINE, "task/{}/attachment/{}/data", "tệp đính kèm"),
      op(EVERYONE, "POST", Surface.ENGINE, "task/{}/attachment/create", "đính kèm tệp"),
      op(EVERYONE, "GET", Surface.ENGINE, "history/user-operation", "lịch sử thao tác trên công việc"),
      op(EVERYONE, "GET", Surface.ENGINE, "process-definition", "danh sách quy trình"),
      op(EVERYONE, "GET", Surface.ENGINE, "process-definition/{}", "quy trình"),
      op(EVERYONE, "GET", Surface.ENGINE, "process-definition/{}/xml", "sơ đồ quy trình"),
      op(EVERYONE, "GET", Surface.ENGINE, "process-definition/{}/form-variables", "biểu mẫu khởi tạo"),
      op(EVERYONE, "GET", Surface.ENGINE, "process-definition/{}/startForm", "biểu mẫu khởi tạo"),
      op(EVERYONE, "GET", Surface.ENGINE, "process-definition/{}/deployed-start-form", "biểu mẫu khởi tạo"),
      // ---- Attached documents (project API; the rights are the task's and the item's) ----
      op(EVERYONE, "POST", Surface.API, "tasks/{}/documents", "đính kèm văn bản"),
      op(EVERYONE, "GET", Surface.API, "tasks/{}/documents", "văn bản của công việc"),
      op(EVERYONE, "GET", Surface.API, "documents", "văn bản"),
      op(EVERYONE, "GET", Surface.API, "documents/{}", "tải văn bản"),
      op(EVERYONE, "DELETE", Surface.API, "documents/{}", "xóa văn bản mình vừa đính kèm"),
      // ---- Form drafts (project API; only the user's own draft of a task they may complete) ----
      op(EVERYONE, "GET", Surface.API, "tasks/{}/draft", "bản nháp biểu mẫu đã lưu"),
      op(EVERYONE, "PUT", Surface.API, "tasks/{}/draft", "lưu bản nháp biểu mẫu"),
      op(EVERYONE, "DELETE", Surface.API, "tasks/{}/draft", "xóa bản nháp biểu mẫu"),
      // ---- The office: notices, office actions (start forms), moving a task ----
      op(OFFICE, "POST", Surface.ENGINE, "process-definition/{}/submit-form", "khởi tạo quy trình bằng biểu mẫu"),
      op(OFFICE, "POST", Surface.ENGINE, "process-definition/key/{}/submit-form", "khởi tạo quy trình bằng biểu mẫu"),
      op(OFFICE, "POST", Surface.API, "notices", "đăng ký thông báo"),
      op(OFFICE, "POST", Surface.API, "notices/parse", "đọc toàn văn thông báo"),
      op(OFFICE, "PUT", Surface.API, "tasks/{}/agency", "chuyển công việc sang cơ quan khác"),
      op(OFFICE, "GET", Surface.API, "items/{}/office-actions/{}", "biểu mẫu thao tác của Văn phòng"),
      op(OFFICE, "POST", Surface.API, "items/{}/office-actions/{}", "thao tác của Văn phòng từ hồ sơ nội dung"),
      op(NOTICE_READERS, "GET", Surface.API, "items", "tìm hồ sơ nội dung"),
      op(NOTICE_READERS, "GET", Surface.API, "items/{}", "hồ sơ nội dung"),
      op(NOTICE_READERS, "GET", Surface.API, "notices", "danh sách thông báo"),
      op(NOTICE_READERS, "GET", Surface.API, "notices/{}", "thông báo"),
      op(REPORT_READERS, "GET", Surface.API, "reports/**", "báo cáo tình hình"),
      // ---- Cockpit and the audit views: reading, never writing ----
      op(HISTORY_READERS, "GET", Surface.API, "audit/**", "tra cứu lịch sử"),
      op(READERS, "GET", Surface.ENGINE, "**", "đọc (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "execution", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "execution/count", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "external-task", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "external-task/count", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "history/activity-instance", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "history/activity-instance/count", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "history/detail", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "history/external-task-log", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "history/external-task-log/count", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "history/job-log", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "history/job-log/count", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "history/process-instance", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "history/process-instance/count", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "history/task", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "history/task/count", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "history/variable-instance", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "history/variable-instance/count", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "job", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "job/count", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "job-definition", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "job-definition/count", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "process-instance", "tra cứu (Cockpit)"),
      op(READERS, "POST", Surface.ENGINE, "process-instance/count", "tra cứu (Cockpit)"),
      op(READERS, "OPTIONS", Surface.ENGINE, "**", "thao tác được phép (Cockpit)"),
      op(READERS, "GET", Surface.WEBAPP, "cockpit/**", "màn hình Cockpit"),
      op(READERS, "POST", Surface.WEBAPP, "cockpit/plugin/base/{}/**", "tra cứu (Cockpit; các truy vấn của nó đều chỉ đọc)"),
      // ---- Operations: retries and incidents, recorded in the operation log ----
      op(OPERATIONS, "PUT", Surface.ENGINE, "job/{}/retries", "chạy lại bước tự động bị lỗi"),
      op(OPERATIONS, "POST", Surface.ENGINE, "job/retries", "chạy lại các bước tự động bị lỗi"),
      op(OPERATIONS, "PUT", Surface.ENGINE, "job-definition/{}/retries", "chạy lại các bước tự động bị lỗi"),
      op(OPERATIONS, "PUT", Surface.ENGINE, "external-task/{}/retries", "chạy lại bước bên ngoài bị lỗi"),
      op(OPERATIONS, "PUT", Surface.ENGINE, "incident/{}/annotation", "ghi chú sự cố"),
      op(OPERATIONS, "DELETE", Surface.ENGINE, "incident/{}/annotation", "ghi chú sự cố"),
      op(OPERATIONS, "DELETE", Surface.ENGINE, "incident/{}", "xử lý xong sự cố"));

  private OperationAllowlist() {
  }

  private static Operation op(Set<Role> roles, String method, Surface surface, String path, String why) {
    return new Operation(roles, method, surface, path, why);
  }

  /** Whether a user with these roles may call this operation. */
  static boolean allows(Set<Role> roles, String method, Surface surface, List<String> segments) {
    String upper = method.toUpperCase(Locale.ROOT);
    for (Operation operation : OPERATIONS_TABLE) {
      if (operation.matches(upper, surface, segments) && operation.roles().stream().anyMatch(roles::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The table as Markdown for docs/security.md (checked by a test): one row per role, its operations
   * grouped by surface; administrators are not in it, since the table does not limit them.
   */
  static String markdown() {
    List<String> lines = new ArrayList<>();
    lines.add("| role | engine REST API (`/engine-rest/…`, and the webapps' `/camunda/api/engine/engine/default/…`) "
        + "| webapps' API (`/camunda/api/…`) | project API (`/api/…`) |");
    lines.add("|---|---|---|---|");
    for (Role role : Role.values()) {
      StringBuilder row = new StringBuilder("| " + role.label());
      for (Surface surface : Surface.values()) {
        List<String> operations = OPERATIONS_TABLE.stream()
            .filter(operation -> operation.surface() == surface && operation.roles().contains(role))
            .map(operation -> "`" + operation.method() + " " + operation.path() + "`").toList();
        row.append(" | ").append(operations.isEmpty() ? "—" : String.join(", ", operations));
      }
      lines.add(row.append(" |").toString());
    }
    return String.join("\n", lines);
  }

  /** A path's segments, split at "/". */
  static List<String> segments(String path) {
    return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
  }
}
