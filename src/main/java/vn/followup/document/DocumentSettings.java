package vn.followup.document;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code followup.documents.*} (application.yaml, docs/security.md "Attached documents").
 *
 * @param maxSize             the largest file accepted
 * @param officeFormats       whether DOCX and ODT are accepted beside PDF
 * @param responseRequiresPdf whether "Cập nhật văn bản trả lời" is completed only with a PDF attached
 * @param checkTime           how long reading one PDF may take before it is refused
 * @param checkMemory         how much main memory reading one PDF may use before it is refused
 */
@ConfigurationProperties("followup.documents")
record DocumentSettings(
    DataSize maxSize,
    boolean officeFormats,
    Boolean responseRequiresPdf,
    Duration checkTime,
    DataSize checkMemory) {

  DocumentSettings {
    maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
    responseRequiresPdf = responseRequiresPdf == null || responseRequiresPdf;
    checkTime = checkTime == null ? Duration.ofSeconds(10) : checkTime;
    checkMemory = checkMemory == null ? DataSize.ofMegabytes(64) : checkMemory;
  }

  /** The size limit as a user reads it, e.g. "20 MB". */
  String maxSizeText() {
    return maxSize.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0 ? maxSize.toMegabytes() + " MB"
        : maxSize.toKilobytes() + " KB";
  }
}
