package vn.followup.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers {@link ApiRequestException} with its status and a JSON body in the API's error shape. */
@RestControllerAdvice
class ApiRequestErrors {

  @ExceptionHandler(ApiRequestException.class)
  ResponseEntity<Map<String, Object>> handle(ApiRequestException exception) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", exception.status().value());
    body.put("message", exception.getMessage());
    body.put("errors", List.of());
    return ResponseEntity.status(exception.status()).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
