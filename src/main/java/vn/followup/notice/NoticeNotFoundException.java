package vn.followup.notice;

/** No registered notice has the requested id. */
public class NoticeNotFoundException extends RuntimeException {

  public NoticeNotFoundException(String id) {
    super("Không tìm thấy thông báo có mã '" + id + "'.");
  }
}
