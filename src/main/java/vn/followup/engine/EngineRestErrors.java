package vn.followup.engine;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ParamException;
import org.springframework.core.NestedRuntimeException;
import vn.followup.system.database.DatabaseOutage;
import vn.followup.system.errors.ForbiddenByRoleException;
import vn.followup.system.errors.RefusedRequestException;
import vn.followup.system.errors.StatusMessages;

/**
 * Error answers of Camunda's REST API for what a client can understand and act on, in Vietnamese.
 * The engine wraps what a task listener throws, and the REST API wraps that again as a server
 * error; these mappers look inside and answer:
 * <ul>
 *   <li>400 with the reason alone for a refused form or variable value ({@link FormInputException},
 *       {@code guard/VariableValueGuard}, a serialized Java object), a password the policy refuses, a body
 *       that is not JSON or not UTF-8, and a model that is not plain XML (a DOCTYPE or entity
 *       declaration);</li>
 *   <li>404 for a task that is no longer there (completed meanwhile, e.g. on another node);</li>
 *   <li>409 when another transaction changed the same data at the same moment (two nodes, two
 *       users), e.g. took the same message: nothing of this request was stored;</li>
 *   <li>503 when PostgreSQL cannot be reached: nothing was stored, try again.</li>
 * </ul>
 * Anything else is answered by Camunda's own handler. They take precedence over Camunda's mappers
 * of the same exception types by their priority.
 */
final class EngineRestErrors {

  /** The engine's message when a new password breaks the password policy. */
  static final String PASSWORD_POLICY = "Password does not match policy";
  /** The engine's code when a variable arrives as a serialized Java object (which is switched off). */
  static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";
  /**
   * The engine's message when a message arrives for an execution whose subscription another
   * transaction has just consumed (the same message correlated on two nodes at once).
   */
  static final String SUBSCRIPTION_GONE = "does not have a subscription to a message event";
  /**
   * A job or command whose process instance another node ended a moment before: the engine finds
   * its execution gone ("Cannot find execution with id …") or, inside job execution, meets the
   * instance as null. The other node's action won; this one changed nothing.
   */
  private static final String EXECUTION_GONE = "Cannot find execution with id";
  private static final String INSTANCE_GONE = "because \"processInstance\" is null";
  /**
   * The same race met one step later: a message received for an execution whose parent scope the
   * other node's transaction has just ended ("the return value of …PvmExecutionImpl.getParent() is
   * null"); that transaction fails on its own, the other node's action stands.
   */
  private static final String PARENT_GONE = "PvmExecutionImpl.getParent()\" is null";

  /** Resources whose existence a refusal must not reveal. */
  private static final java.util.Set<String> HIDDEN_RESOURCES = java.util.Set.of(Resources.TASK.resourceName(),
      Resources.PROCESS_INSTANCE.resourceName(), Resources.HISTORIC_TASK.resourceName(),
      Resources.HISTORIC_PROCESS_INSTANCE.resourceName());
  /** The mappers, registered on {@code /engine-rest} and on the webapps' engine API alike. */
  static final java.util.List<Class<?>> MAPPERS = java.util.List.of(ForRestException.class,
      ForProcessEngineException.class, ForSpringException.class, ForAnyException.class, ForJsonParseException.class,
      ForJsonMappingException.class);

  private EngineRestErrors() {
  }

  static Response answer(Throwable exception) {
    if (DatabaseOutage.causedBy(exception)) {
      return Response.fromResponse(body(Response.Status.SERVICE_UNAVAILABLE, "DatabaseUnavailable", DatabaseOutage.MESSAGE))
          .header("Retry-After", "30").build();
    }
    int depth = 0;
    for (Throwable cause = exception; cause != null && depth < 50; cause = next(cause), depth++) {
      if (cause instanceof RefusedRequestException refused) {
        return body(Response.Status.fromStatusCode(refused.kind().status()), StatusMessages.type(refused.kind().status()),
            refused.getMessage());
      }
      if (cause instanceof ForbiddenByRoleException refused) {
        return body(Response.Status.FORBIDDEN, StatusMessages.type(403), refused.getMessage());
      }
      if (cause instanceof AuthorizationException refused) {
        return hidesExistence(refused)
            ? body(Response.Status.NOT_FOUND, StatusMessages.type(404), RefusedRequestException.NOT_FOUND_MESSAGE)
            : body(Response.Status.FORBIDDEN, StatusMessages.type(403), StatusMessages.message(403));
      }
      if (cause instanceof ParamException param) {
        // A query or path parameter that does not convert to its type (maxResults=abc): JAX-RS answers 404.
        return body(Response.Status.BAD_REQUEST, StatusMessages.type(400), "Tham số «" + param.getParameterName()
            + "» có giá trị không hợp lệ. Chưa có gì được lưu.");
      }
      if (cause instanceof StreamConstraintsException) {
        return body(Response.Status.BAD_REQUEST, StatusMessages.type(400), "Dữ liệu JSON lồng nhau quá sâu hoặc quá lớn; "
            + "chưa có gì được lưu.");
      }
      if (cause instanceof FormFieldValidationException refused) {
        // The variable it names, so that Tasklist shows the reason under that field of the form.
        Response answer = body(Response.Status.BAD_REQUEST, "InvalidInput", cause.getMessage());
        if (refused.getDetail() instanceof String field) {
          @SuppressWarnings("unchecked")
          Map<String, Object> entity = (Map<String, Object>) answer.getEntity();
          entity.put("field", field);
        }
        return answer;
      }
      if (PASSWORD_POLICY.equals(cause.getMessage())) {
        return body(Response.Status.BAD_REQUEST, "InvalidInput",
            "Mật khẩu không đạt chính sách: dài ít nhất 12 ký tự và không chứa tên đăng nhập.");
      }
      if (cause.getMessage() != null && cause.getMessage().contains(JAVA_SERIALIZATION_PROHIBITED)) {
        return body(Response.Status.BAD_REQUEST, "InvalidInput", "Không nhận giá trị là đối tượng Java tuần tự hóa "
            + "(Java serialization); hãy gửi văn bản, số, ngày hoặc JSON. Chưa có gì được lưu.");
      }
      if (cause instanceof OptimisticLockingException || (cause.getMessage() != null
          && (cause.getMessage().contains(SUBSCRIPTION_GONE) || cause.getMessage().contains(EXECUTION_GONE)
          || cause.getMessage().contains(INSTANCE_GONE) || cause.getMessage().contains(PARENT_GONE)))) {
        return body(Response.Status.CONFLICT, "ConcurrentChange", "Dữ liệu này vừa được thay đổi bởi một thao tác khác "
            + "cùng lúc; thao tác của bạn chưa được thực hiện. Hãy tải lại và thử lại nếu vẫn cần.");
      }
      if (cause instanceof NullValueException && cause.getMessage() != null
          && cause.getMessage().contains("Cannot find task")) {
        return body(Response.Status.NOT_FOUND, StatusMessages.type(404), RefusedRequestException.NOT_FOUND_MESSAGE);
      }
      if (cause instanceof org.xml.sax.SAXException) {
        return body(Response.Status.BAD_REQUEST, "InvalidModel", "Tệp mô hình không phải XML hợp lệ hoặc có khai báo "
            + "DOCTYPE/ENTITY (không được phép); không có gì được triển khai.");
      }
    }
    return null;
  }

  /**
   * Camunda's own answer, with its English message (which may name Java classes and internal ids)
   * replaced by a Vietnamese sentence for its status.
   */
  static Response inVietnamese(Response camunda) {
    int status = camunda.getStatus();
    if (status < 400 || status == 401) {
      return camunda;
    }
    return body(Response.Status.fromStatusCode(status), StatusMessages.type(status), StatusMessages.message(status));
  }

  /**
   * A refused read or change of a task or a process instance is answered like one that does not
   * exist: ids are ordered in time, so a different answer would tell what exists in other agencies.
   */
  private static boolean hidesExistence(AuthorizationException refused) {
    // Starting a process the user may not start (an office action started by agency staff): every
    // user reads the models, so nothing is hidden by answering 403.
    // The engine checks CREATE on process instances first, then CREATE_INSTANCE on the model.
    boolean start = refused.getMissingAuthorizations().stream().anyMatch(missing ->
        (Resources.PROCESS_DEFINITION.resourceName().equals(missing.getResourceType())
            && "CREATE_INSTANCE".equals(missing.getViolatedPermissionName()))
        || (Resources.PROCESS_INSTANCE.resourceName().equals(missing.getResourceType())
            && "CREATE".equals(missing.getViolatedPermissionName())));
    return !start && refused.getMissingAuthorizations().stream()
        .anyMatch(missing -> HIDDEN_RESOURCES.contains(missing.getResourceType()));
  }

  private static Throwable next(Throwable cause) {
    return cause.getCause() == cause ? null : cause.getCause();
  }

  private static Response body(Response.Status status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", inert(message));
    body.put("code", null);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
  }

  /**
   * A message as the webapps can show it: Camunda's notifications (Tasklist's "Có lỗi khi gửi biểu
   * mẫu…", Cockpit's and Admin's alerts) put a message into the page as HTML, and a refusal may
   * repeat what a user typed (a deadline phrase, a document number). Angle brackets become the
   * look-alike single guillemets, so no typed text is ever read as markup; entities stay text.
   */
  static String inert(String message) {
    return message == null ? null : message.replace('<', '‹').replace('>', '›');
  }

  private static Response unreadable() {
    return body(Response.Status.BAD_REQUEST, "InvalidRequest", "Dữ liệu gửi lên không đọc được: JSON sai cú "
        + "pháp, sai kiểu dữ liệu hoặc không phải UTF-8; chưa có gì được lưu.");
  }

  /** For errors the REST resources already turned into a {@link RestException}. */
  @Priority(1)
  static final class ForRestException implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      Response answer = answer(exception);
      return answer != null ? answer : inVietnamese(camunda.toResponse(exception));
    }
  }

  /** For engine errors that reach the REST layer unwrapped. */
  @Priority(1)
  static final class ForProcessEngineException implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      Response answer = answer(exception);
      return answer != null ? answer : inVietnamese(camunda.toResponse(exception));
    }
  }

  /**
   * For Spring's transaction and data access errors, which the engine's Spring transaction
   * integration throws as they are (e.g. no connection to begin a transaction with).
   */
  @Priority(1)
  static final class ForSpringException implements ExceptionMapper<NestedRuntimeException> {
    private final ExceptionHandler camunda = new ExceptionHandler();

    @Override
    public Response toResponse(NestedRuntimeException exception) {
      Response answer = answer(exception);
      return answer != null ? answer : inVietnamese(camunda.toResponse(exception));
    }
  }

  /** Anything else (e.g. a JAX-RS error for an unknown path): Camunda's status, in Vietnamese. */
  @Priority(1)
  static final class ForAnyException implements ExceptionMapper<Exception> {
    private final ExceptionHandler camunda = new ExceptionHandler();

    @Override
    public Response toResponse(Exception exception) {
      Response answer = answer(exception);
      return answer != null ? answer : inVietnamese(camunda.toResponse(exception));
    }
  }

  /** A body that is not JSON, or not UTF-8; Camunda's own answer has an empty message. */
  @Priority(1)
  static final class ForJsonParseException implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return unreadable();
    }
  }

  /** JSON of the wrong shape for the resource. */
  @Priority(1)
  static final class ForJsonMappingException implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      return unreadable();
    }
  }
}
