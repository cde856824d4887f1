package vn.followup.notification;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.followup.export.ApiRequestException;

/**
 * {@code GET /api/notifications} (administrators, see SecurityConfiguration): the outbox, newest
 * first, paged, optionally of one status; what would have been sent when no SMTP server is set.
 * {@code GET|PUT /api/me/mail-preference}: a user reads or chooses how new tasks and approaching
 * deadlines reach them ("ngay" or "tong-hop-hang-ngay").
 */
@RestController
class NotificationController {

  static final int MAX_PAGE_SIZE = 200;

  private final Outbox outbox;
  private final Recipients recipients;
  private final OutboxSender sender;

  NotificationController(Outbox outbox, Recipients recipients, OutboxSender sender) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.sender = sender;
  }

  @GetMapping("/api/notifications")
  Map<String, Object> list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (status != null && Arrays.stream(OutboxRow.Status.values()).noneMatch(s -> s.name().equals(status))) {
      throw new ApiRequestException(HttpStatus.BAD_REQUEST, "Trạng thái '" + status + "' không hợp lệ; dùng một trong "
          + Arrays.toString(OutboxRow.Status.values()) + ".");
    }
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new ApiRequestException(HttpStatus.BAD_REQUEST,
          "Trang (page) phải từ 0 và số dòng mỗi trang (size) từ 1 đến " + MAX_PAGE_SIZE + ".");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("delivery", sender.active() ? "smtp" : "off");
    body.put("status", status);
    body.put("page", page);
    body.put("size", size);
    body.put("total", outbox.count(status));
    body.put("items", outbox.page(status, page, size));
    return body;
  }

  @GetMapping("/api/me/mail-preference")
  Map<String, Object> preference(Authentication authentication) {
    Map<String, Object> body = preferenceBody(recipients.preference(authentication.getName()));
    body.put("mayChoose", inAnAgency(authentication));
    return body;
  }

  /** Only members of an agency receive mails of their work, so only they have anything to choose. */
  private boolean inAnAgency(Authentication authentication) {
    return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .map(role -> role.startsWith("ROLE_") ? role.substring(5) : role).anyMatch(recipients::isAgency);
  }

  @PutMapping("/api/me/mail-preference")
  Map<String, Object> choose(Authentication authentication, @RequestBody(required = false) Map<String, Object> body) {
    if (!inAnAgency(authentication)) {
      throw new ApiRequestException(HttpStatus.FORBIDDEN, "Tài khoản không thuộc cơ quan, đơn vị nào nên không nhận thư "
          + "báo công việc; không có gì để chọn.");
    }
    Object value = body == null ? null : body.get("preference");
    MailPreference preference = value instanceof String code ? MailPreference.ofCode(code).orElse(null) : null;
    if (preference == null) {
      throw new ApiRequestException(HttpStatus.BAD_REQUEST, "Cách nhận thư (preference) phải là \""
          + MailPreference.IMMEDIATE.code() + "\" (" + MailPreference.IMMEDIATE.label() + ") hoặc \""
          + MailPreference.DAILY_DIGEST.code() + "\" (" + MailPreference.DAILY_DIGEST.label() + ").");
    }
    recipients.setPreference(authentication.getName(), preference);
    Map<String, Object> answer = preferenceBody(preference);
    answer.put("mayChoose", true);
    return answer;
  }

  private static Map<String, Object> preferenceBody(MailPreference preference) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("preference", preference.code());
    body.put("label", preference.label());
    body.put("choices", Arrays.stream(MailPreference.values())
        .map(p -> Map.of("preference", p.code(), "label", p.label())).toList());
    body.put("note", "Thư trả lại, đôn đốc và quá hạn luôn được gửi ngay.");
    return body;
  }

}
