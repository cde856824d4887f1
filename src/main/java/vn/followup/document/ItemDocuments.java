package vn.followup.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;

/**
 * The attached documents of an item as lines of its audit timeline (the audit API and its CSV).
 * The audit API answers supervisors and auditors only, who read every item's files.
 */
@Component
public class ItemDocuments {

  /**
   * One kept file: when, at which step, by whom, and what (name, type, size, SHA-256, signatures),
   * with the file as the documents API describes it (its download address among them).
   */
  public record DocumentLine(OffsetDateTime at, String taskKey, String taskName, String user, String detail,
      Map<String, Object> document) {
  }

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final DocumentRepository repository;

  ItemDocuments(DocumentRepository repository) {
    this.repository = repository;
  }

  public List<DocumentLine> of(String businessKey) {
    return repository.ofBusinessKey(businessKey).stream()
        .map(document -> new DocumentLine(document.uploadedAt(), document.taskKey(), document.taskName(),
            document.uploadedBy(), describe(document), DocumentController.json(document)))
        .toList();
  }

  static String describe(StoredDocument document) {
    StringBuilder text = new StringBuilder("Văn bản đính kèm: ").append(document.fileName()).append(" (")
        .append(document.type().label()).append(", ").append(String.format(Locale.ROOT, "%,d", document.size())
            .replace(',', '.')).append(" byte), SHA-256 ").append(document.sha256());
    for (PdfSignature signature : document.signatures()) {
      text.append("; ký số: ").append(signature.signer() == null ? "không rõ người ký" : signature.signer());
      if (signature.signedAt() != null) {
        text.append(", lúc ").append(signature.signedAt().atZoneSameInstant(DeadlineSchedule.VIETNAM).format(SHOWN));
      }
      text.append(", ").append(signature.state().toLowerCase(new Locale("vi")));
    }
    if (document.signatures().isEmpty() && document.type() == DocumentType.PDF) {
      text.append("; không có chữ ký số");
    }
    return text.toString();
  }
}
