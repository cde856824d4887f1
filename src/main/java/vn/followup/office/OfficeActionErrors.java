package vn.followup.office;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Error answers of the office actions from the item page: 400 with the refused field, in Vietnamese. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = OfficeActionController.class)
class OfficeActionErrors {

  @ExceptionHandler(ApiRequestFieldException.class)
  ResponseEntity<Map<String, Object>> refused(ApiRequestFieldException refused) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("field", refused.field());
    error.put("label", refused.label());
    error.put("message", refused.getMessage());
    return body(refused.getMessage(), refused.field() == null ? List.of() : List.of(error));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException exception) {
    return body("Dữ liệu gửi lên không đọc được (JSON sai cú pháp). Chưa có gì được thay đổi.", List.of());
  }

  private static ResponseEntity<Map<String, Object>> body(String message, List<Map<String, Object>> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", HttpStatus.BAD_REQUEST.value());
    body.put("message", message);
    body.put("errors", errors);
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
