package vn.followup.export;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The formats the report and audit APIs answer in ({@code ?format=json|csv|xlsx}) and the
 * download response for the file formats.
 */
public enum Downloads {
  JSON, CSV, XLSX;

  /** The format asked for; JSON when none; 400 for anything else or one the endpoint does not offer. */
  public static Downloads of(String format, List<Downloads> offered) {
    if (format == null || format.isBlank()) {
      return JSON;
    }
    for (Downloads candidate : offered) {
      if (candidate.name().equalsIgnoreCase(format.trim())) {
        return candidate;
      }
    }
    throw new ApiRequestException(HttpStatus.BAD_REQUEST, "Định dạng '" + format + "' không được hỗ trợ; chọn một trong: "
        + String.join(", ", offered.stream().map(d -> d.name().toLowerCase()).toList()) + ".");
  }

  /**
   * A file to save: its media type and the name the browser offers, reduced to ASCII letters,
   * digits, dots and hyphens (business keys carry "/").
   */
  public static ResponseEntity<byte[]> file(byte[] content, String mediaType, String fileName) {
    String safe = fileName.replaceAll("[^A-Za-z0-9.-]", "_");
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(mediaType))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(safe).build().toString())
        .body(content);
  }
}
