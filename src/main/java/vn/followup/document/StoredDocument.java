package vn.followup.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A kept file's record (table followup_document), without its bytes. */
record StoredDocument(
    UUID id,
    String taskId,
    String taskKey,
    String taskName,
    String processInstanceId,
    String businessKey,
    String agency,
    String leadAgency,
    String fileName,
    DocumentType type,
    long size,
    String sha256,
    String uploadedBy,
    OffsetDateTime uploadedAt,
    List<PdfSignature> signatures) {
}
