package vn.followup.notice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.followup.system.JsonFieldPath;

/**
 * Error answers of the notice API, in Vietnamese: 400 with every field error, 409 for a notice
 * already registered, 404, 415. Errors raised inside the engine (registration runs as the first
 * step of the notice process) are found in the exception's causes.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = NoticeController.class)
class NoticeApiErrors {

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Map<String, Object>> handle(RuntimeException exception) {
    Throwable cause = exception;
    while (cause != null) {
      if (cause instanceof NoticeValidationException invalid) {
        return body(HttpStatus.BAD_REQUEST, "Thông báo không hợp lệ; chưa có gì được lưu.", invalid.errors());
      }
      if (cause instanceof DuplicateNoticeException duplicate) {
        return body(HttpStatus.CONFLICT, duplicate.getMessage(), List.of());
      }
      if (cause instanceof NoticeNotFoundException notFound) {
        return body(HttpStatus.NOT_FOUND, notFound.getMessage(), List.of());
      }
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    throw exception;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException exception) {
    return body(HttpStatus.BAD_REQUEST, "Dữ liệu gửi lên không đọc được (JSON/YAML sai cú pháp hoặc sai kiểu dữ liệu); "
        + "chưa có gì được lưu.", List.of(new FieldError(location(exception), "Sai cú pháp hoặc sai kiểu dữ liệu.")));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException exception) {
    return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Chỉ nhận application/json hoặc application/yaml.", List.of());
  }

  /** The JSON field that could not be read, in the JSON's own words (never Jackson's class path). */
  private static String location(HttpMessageNotReadableException exception) {
    return JsonFieldPath.of(exception);
  }

  private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message, List<FieldError> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("message", message);
    body.put("errors", errors);
    return ResponseEntity.status(status).body(body);
  }
}
