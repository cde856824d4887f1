package vn.followup.followup;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine wraps what a task listener throws, and the REST API wraps that again as a server
 * error; these mappers find a refused form value inside and answer 400 with the Vietnamese
 * message alone, so REST clients see a client error and a clear sentence. Anything else is
 * answered by Camunda's own handler. They take precedence over Camunda's mappers of the same
 * exception types by their priority.
 */
final class FormInputExceptionMapper {

  /** The engine's message when a new password breaks the password policy. */
  static final String PASSWORD_POLICY = "Password does not match policy";

  private FormInputExceptionMapper() {
  }

  static Response refusal(Throwable exception) {
    Throwable cause = exception;
    String message = null;
    while (cause != null && message == null) {
      if (cause instanceof FormFieldValidationException) {
        message = cause.getMessage();
      } else if (PASSWORD_POLICY.equals(cause.getMessage())) {
        message = "Mật khẩu không đạt chính sách: dài ít nhất 12 ký tự và không chứa tên đăng nhập.";
      }
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    if (message == null) {
      return null;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "FormInputException");
    body.put("message", message);
    body.put("code", null);
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** For errors the REST resources already turned into a {@link RestException}. */
  @Priority(1)
  static final class ForRestException implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      Response refusal = refusal(exception);
      return refusal != null ? refusal : camunda.toResponse(exception);
    }
  }

  /** For engine errors that reach the REST layer unwrapped. */
  @Priority(1)
  static final class ForProcessEngineException implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      Response refusal = refusal(exception);
      return refusal != null ? refusal : camunda.toResponse(exception);
    }
  }
}
