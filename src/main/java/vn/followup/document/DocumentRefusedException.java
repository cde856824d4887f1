package vn.followup.document;

import org.springframework.http.HttpStatus;
import vn.followup.export.ApiRequestException;

/** A file or a request about files refused with a Vietnamese reason; nothing has been stored. */
class DocumentRefusedException extends ApiRequestException {

  DocumentRefusedException(HttpStatus status, String message) {
    super(status, message);
  }

  static DocumentRefusedException invalid(String message) {
    return new DocumentRefusedException(HttpStatus.BAD_REQUEST, message + " Chưa có gì được lưu.");
  }

  static DocumentRefusedException forbidden(String message) {
    return new DocumentRefusedException(HttpStatus.FORBIDDEN, message + " Chưa có gì được lưu.");
  }
}
