package vn.followup.system;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A request the product refuses on purpose, with the Vietnamese sentence the person reads. The
 * engine REST API answers it with its status; the whole command rolls back, so nothing is stored.
 */
public class RefusedRequestException extends ProcessEngineException {

  /** What kind of refusal, and so which HTTP status it is answered with. */
  public enum Kind {
    /** 404: the thing does not exist, or the user may not know that it does (answered alike). */
    NOT_FOUND(404),
    /** 403: the user's role may never do this. */
    FORBIDDEN(403),
    /** 400: the request itself is not acceptable. */
    INVALID(400);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** The answer to a task or instance the user may not see, the same as to one that does not exist. */
  public static final String NOT_FOUND_MESSAGE =
      "Không tìm thấy công việc hoặc phiên quy trình: đã hoàn thành, đã chuyển đi, không tồn tại hoặc bạn không có quyền xem.";

  private final Kind kind;

  public RefusedRequestException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public static RefusedRequestException notFound() {
    return new RefusedRequestException(Kind.NOT_FOUND, NOT_FOUND_MESSAGE);
  }

  public static RefusedRequestException forbidden(String message) {
    return new RefusedRequestException(Kind.FORBIDDEN, message);
  }

  public Kind kind() {
    return kind;
  }
}
