package vn.followup.system.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to an HTTP error status when nothing more specific is known: a neutral {@code type}
 * code and the Vietnamese sentence a person reads, never a Java class name or an internal message.
 * One table for every layer that answers errors: the engine REST API's mappers, Spring's error
 * page ({@code /error}), the project's API and Tomcat's own error report.
 */
public final class StatusMessages {

  private static final Map<Integer, String> TYPES = Map.ofEntries(
      Map.entry(400, "InvalidRequest"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
      Map.entry(404, "NotFound"), Map.entry(405, "MethodNotAllowed"), Map.entry(406, "NotAcceptable"),
      Map.entry(408, "Timeout"), Map.entry(409, "Conflict"), Map.entry(413, "TooLarge"),
      Map.entry(414, "UriTooLong"), Map.entry(415, "UnsupportedMediaType"), Map.entry(429, "TooManyRequests"),
      Map.entry(431, "HeadersTooLarge"), Map.entry(500, "ServerError"), Map.entry(501, "NotImplemented"),
      Map.entry(503, "Unavailable"), Map.entry(505, "HttpVersionNotSupported"));

  private static final Map<Integer, String> MESSAGES = Map.ofEntries(
      Map.entry(400, "Yêu cầu không hợp lệ: thiếu thông tin, sai kiểu dữ liệu hoặc không đúng quy định. "
          + "Chưa có gì được lưu."),
      Map.entry(401, "Cần đăng nhập: hãy gửi tên đăng nhập và mật khẩu hợp lệ."),
      Map.entry(403, "Bạn không có quyền thực hiện thao tác này. Chưa có gì được lưu."),
      Map.entry(404, RefusedRequestException.NOT_FOUND_MESSAGE),
      Map.entry(405, "Thao tác này không được hỗ trợ ở địa chỉ này."),
      Map.entry(406, "Không có dạng trả lời nào phù hợp với yêu cầu (tiêu đề Accept)."),
      Map.entry(408, "Yêu cầu gửi quá chậm nên máy chủ đã dừng chờ; chưa có gì được lưu. Hãy thử lại."),
      Map.entry(409, "Dữ liệu này vừa được thay đổi bởi một thao tác khác; thao tác của bạn chưa được thực hiện."),
      Map.entry(413, "Dữ liệu gửi lên quá lớn; chưa có gì được lưu."),
      Map.entry(414, "Địa chỉ yêu cầu quá dài; chưa có gì được thực hiện."),
      Map.entry(415, "Kiểu dữ liệu gửi lên không được hỗ trợ; hãy gửi JSON (UTF-8)."),
      Map.entry(429, "Có quá nhiều yêu cầu trong thời gian ngắn; hãy chờ một lát rồi thử lại."),
      Map.entry(431, "Phần tiêu đề của yêu cầu quá lớn; chưa có gì được thực hiện."),
      Map.entry(500, "Máy chủ gặp lỗi khi xử lý yêu cầu; thao tác chưa được thực hiện. Hãy thử lại sau hoặc báo "
          + "quản trị hệ thống."),
      Map.entry(501, "Máy chủ không hỗ trợ thao tác này."),
      Map.entry(503, "Hệ thống tạm thời không phục vụ được; thao tác chưa được thực hiện. Hãy thử lại sau ít phút."),
      Map.entry(505, "Phiên bản HTTP của yêu cầu không được hỗ trợ."));

  private StatusMessages() {
  }

  /** The neutral code of the answer's {@code type} field for the status. */
  public static String type(int status) {
    return TYPES.getOrDefault(status, status >= 500 ? "ServerError" : "InvalidRequest");
  }

  /** The Vietnamese sentence for the status. */
  public static String message(int status) {
    String message = MESSAGES.get(status);
    if (message != null) {
      return message;
    }
    return status >= 500 ? MESSAGES.get(500) : "Yêu cầu không thực hiện được (mã " + status + "). Chưa có gì được lưu.";
  }

  /** A small Vietnamese HTML page for the status, for a browser. */
  public static String htmlPage(int status) {
    return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Lỗi " + status
        + " – Theo dõi thực hiện kết luận</title></head><body><h1>Lỗi " + status + "</h1><p>" + message(status) + "</p>"
        + "<p><a href=\"/camunda/app/tasklist/\">Về trang công việc</a></p></body></html>";
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The JSON of an error answer as every layer of the product writes it: status, neutral type, Vietnamese message. */
  public static byte[] json(int status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("type", type);
    body.put("message", message);
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON answer of its status with its own type and sentence ({@link #type}, {@link #message}). */
  public static byte[] json(int status) {
    return json(status, type(status), message(status));
  }

  /** Writes an error answer that a filter gives before anything else of the request runs. */
  public static void writeJson(HttpServletResponse response, int status, String type, String message)
      throws IOException {
    byte[] body = json(status, type, message);
    response.setStatus(status);
    response.setCharacterEncoding("UTF-8");
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
