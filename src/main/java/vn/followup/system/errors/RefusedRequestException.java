package vn.followup.system.errors;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A request the product refuses on purpose, with the Vietnamese sentence the person reads; the
 * whole command rolls back, so nothing is stored. The engine REST API answers it with the status
 * of its kind; the webapps' own API, which Camunda's handler answers, with 400 (a refusal by role
 * is a {@link ForbiddenByRoleException}, 403 on both).
 */
public class RefusedRequestException extends BadUserRequestException {

  /** What kind of refusal, and so which HTTP status the engine REST API answers with. */
  public enum Kind {
    /** 404: the thing does not exist, or the user may not know that it does (answered alike). */
    NOT_FOUND(404),
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

  /**
   * The answer to anything the user may not see, the same as to something that does not exist:
   * ids are ordered in time, so a different answer would tell what exists in other agencies.
   */
  public static final String NOT_FOUND_MESSAGE = "Không tìm thấy: không tồn tại, đã hoàn thành, đã chuyển đi "
      + "hoặc bạn không có quyền xem.";

  private final Kind kind;

  public RefusedRequestException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public static RefusedRequestException notFound() {
    return new RefusedRequestException(Kind.NOT_FOUND, NOT_FOUND_MESSAGE);
  }

  public Kind kind() {
    return kind;
  }
}
