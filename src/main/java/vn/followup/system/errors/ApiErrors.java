package vn.followup.system.errors;

import com.fasterxml.jackson.core.JsonParseException;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.followup.system.JsonFieldPath;

/**
 * Answers, in Vietnamese, the requests Spring MVC itself refuses before or while binding them to a
 * controller of the project's API: a parameter of the wrong type ({@code page=abc}), a missing
 * parameter, a body that is not JSON or has a field of the wrong type, an unsupported content type
 * (XML), a method the path does not serve. Spring's own answers name Java types, classes and
 * Jackson's field paths ({@code vn.followup.notice.NoticeDocument["items"]->java.util.ArrayList[0]->…});
 * these name at most the parameter or the JSON field in the request's own words. An API's own
 * advice (e.g. the notice API's, ordered first) answers before this one; anything not listed here
 * reaches {@link ErrorPage} with its status.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {

  private static final String NOTHING_STORED = " Chưa có gì được lưu.";

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException exception) {
    String field = JsonFieldPath.of(exception);
    if (!field.isEmpty()) {
      return answer(HttpStatus.BAD_REQUEST, "Trường «" + field + "» có giá trị sai kiểu dữ liệu hoặc không đọc được."
          + NOTHING_STORED);
    }
    if (exception.getMostSpecificCause() instanceof JsonParseException) {
      return answer(HttpStatus.BAD_REQUEST, "Dữ liệu gửi lên không phải JSON hợp lệ (sai cú pháp)." + NOTHING_STORED);
    }
    return answer(HttpStatus.BAD_REQUEST, "Dữ liệu gửi lên không đọc được: thiếu nội dung, không phải JSON hoặc "
        + "không phải UTF-8." + NOTHING_STORED);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> unsupportedMediaType(HttpMediaTypeNotSupportedException exception) {
    String supported = exception.getSupportedMediaTypes().stream().map(MediaType::toString).distinct()
        .collect(Collectors.joining(", "));
    return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, supported.isEmpty() ? StatusMessages.message(415)
        : "Kiểu dữ liệu gửi lên không được hỗ trợ; hãy gửi: " + supported + "." + NOTHING_STORED);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException exception) {
    return answer(HttpStatus.NOT_ACCEPTABLE, StatusMessages.message(406));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, Object>> methodNotAllowed(HttpRequestMethodNotSupportedException exception) {
    ResponseEntity<Map<String, Object>> answer = answer(HttpStatus.METHOD_NOT_ALLOWED, StatusMessages.message(405));
    if (exception.getSupportedHttpMethods() == null || exception.getSupportedHttpMethods().isEmpty()) {
      return answer;
    }
    HttpHeaders headers = new HttpHeaders();
    headers.putAll(answer.getHeaders());
    headers.setAllow(exception.getSupportedHttpMethods());
    return new ResponseEntity<>(answer.getBody(), headers, answer.getStatusCode());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException exception) {
    return answer(HttpStatus.BAD_REQUEST, "Tham số «" + exception.getName() + "» có giá trị không hợp lệ"
        + expected(exception.getRequiredType()) + "." + NOTHING_STORED);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException exception) {
    return answer(HttpStatus.BAD_REQUEST, "Thiếu tham số «" + exception.getParameterName() + "»." + NOTHING_STORED);
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException exception) {
    return answer(HttpStatus.BAD_REQUEST, "Thiếu phần «" + exception.getRequestPartName() + "» của biểu mẫu gửi lên."
        + NOTHING_STORED);
  }

  @ExceptionHandler({ServletRequestBindingException.class, MethodArgumentNotValidException.class,
      HandlerMethodValidationException.class})
  ResponseEntity<Map<String, Object>> invalid(Exception exception) {
    return answer(HttpStatus.BAD_REQUEST, StatusMessages.message(400));
  }

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  ResponseEntity<Map<String, Object>> notFound(Exception exception) {
    return answer(HttpStatus.NOT_FOUND, StatusMessages.message(404));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException exception) {
    return answer(HttpStatus.PAYLOAD_TOO_LARGE, StatusMessages.message(413));
  }

  /** What a parameter of this type takes, in words. */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == short.class || type == Short.class) {
      return " (cần một số nguyên)";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
      return " (cần một số)";
    }
    if (type == boolean.class || type == Boolean.class) {
      return " (cần true hoặc false)";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return " (cần ngày dạng YYYY-MM-DD)";
    }
    return "";
  }

  private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("type", StatusMessages.type(status.value()));
    body.put("message", message);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
