package vn.followup.notice;

/** The notice is already registered (same id, or same issuer, number, symbol and year). */
public class DuplicateNoticeException extends RuntimeException {

  public DuplicateNoticeException(String message) {
    super(message);
  }
}
