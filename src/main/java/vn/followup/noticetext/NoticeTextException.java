package vn.followup.noticetext;

/** A text that cannot be read as a notice at all; the message says why, in Vietnamese. */
public class NoticeTextException extends RuntimeException {

  public NoticeTextException(String message) {
    super(message);
  }
}
