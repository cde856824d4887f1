package vn.followup.export;

import org.springframework.http.HttpStatus;

/**
 * A request to the report or audit API that cannot be answered as asked (a malformed date, an
 * unknown format, an unknown item): the status and the Vietnamese sentence the caller reads.
 */
public class ApiRequestException extends RuntimeException {

  private final HttpStatus status;

  public ApiRequestException(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
