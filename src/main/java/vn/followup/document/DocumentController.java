package vn.followup.document;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.followup.deadline.DeadlineSchedule;

/**
 * The attached documents API, used by the Tasklist tab "Văn bản đính kèm" and Cockpit's "Lịch sử
 * xử lý" (docs/security.md "Attached documents"):
 *
 * <ul>
 *   <li>{@code POST /api/tasks/{taskId}/documents?name=<file name>} with the file as the body;</li>
 *   <li>{@code GET /api/tasks/{taskId}/documents}: the files of the task's item, and whether the user
 *       may attach;</li>
 *   <li>{@code GET /api/documents?item=<business key>}: the files of an item or notice;</li>
 *   <li>{@code GET /api/documents/{id}}: the file itself; {@code DELETE /api/documents/{id}}.</li>
 * </ul>
 */
@RestController
class DocumentController {

  private final DocumentService documents;
  private final DocumentInspector inspector;
  private final DocumentSettings settings;

  DocumentController(DocumentService documents, DocumentInspector inspector, DocumentSettings settings) {
    this.documents = documents;
    this.inspector = inspector;
    this.settings = settings;
  }

  @PostMapping("/api/tasks/{taskId}/documents")
  ResponseEntity<Map<String, Object>> upload(@PathVariable String taskId, @RequestParam(required = false) String name,
      HttpServletRequest request) throws IOException {
    byte[] content = readBody(request);
    StoredDocument document = documents.upload(taskId, name, content);
    return ResponseEntity.status(HttpStatus.CREATED).body(json(document));
  }

  @GetMapping("/api/tasks/{taskId}/documents")
  Map<String, Object> ofTask(@PathVariable String taskId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("mayAttach", documents.mayAttach(taskId));
    body.put("accepted", inspector.acceptedTypes());
    body.put("maxSize", inspector.maxSizeText());
    body.put("documents", documents.ofTask(taskId).stream().map(DocumentController::json).toList());
    // The response form's line about its signed PDF (followup-documents.js writes it into the form).
    body.put("responsePdf", documents.responsePdfLine(taskId, settings.responseRequiresPdf()));
    return body;
  }

  @GetMapping("/api/documents")
  List<Map<String, Object>> ofItem(@RequestParam String item) {
    return documents.ofBusinessKey(item).stream().map(DocumentController::json).toList();
  }

  /**
   * The file; with {@code inline=true} a PDF opens in the browser's own viewer (a new tab of the
   * Tasklist tab's "Mở xem") instead of being saved. Other types are always downloaded.
   */
  @GetMapping("/api/documents/{id}")
  ResponseEntity<byte[]> download(@PathVariable String id, @RequestParam(defaultValue = "false") boolean inline) {
    StoredDocument document = documents.readable(uuid(id));
    boolean view = inline && document.type() == DocumentType.PDF;
    ContentDisposition.Builder disposition = view ? ContentDisposition.inline() : ContentDisposition.attachment();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.type().mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition
            .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        // A sandboxed document gets no PDF viewer in Chromium, so a PDF shown inline is not sandboxed; it
        // has no active content (refused at upload, PdfActiveContent), and it is shown by the browser's
        // viewer only, never framed by another site. A download stays sandboxed.
        .header("Content-Security-Policy", view ? "frame-ancestors 'self'; form-action 'none'; base-uri 'none'" : "sandbox")
        .header("X-Checksum-SHA256", document.sha256())
        .cacheControl(CacheControl.noStore())
        .body(documents.content(document));
  }

  @DeleteMapping("/api/documents/{id}")
  ResponseEntity<Void> delete(@PathVariable String id) {
    documents.delete(uuid(id));
    return ResponseEntity.noContent().build();
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw DocumentService.notFound();
    }
  }

  /**
   * The body up to one byte over the limit, so a larger one is refused without being read whole (the
   * rest is left to the server, which closes the connection). The part up to the limit is read even
   * when the declared length is over it, so that the client, still sending, reads the refusal.
   */
  private byte[] readBody(HttpServletRequest request) throws IOException {
    long max = inspector.maxBytes();
    try (InputStream in = request.getInputStream()) {
      byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
      if (content.length > max) {
        throw inspector.tooLarge();
      }
      return content;
    }
  }

  static Map<String, Object> json(StoredDocument document) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", document.id().toString());
    body.put("fileName", document.fileName());
    body.put("type", document.type().name());
    body.put("typeLabel", document.type().label());
    body.put("size", document.size());
    body.put("sha256", document.sha256());
    body.put("uploadedBy", document.uploadedBy());
    body.put("uploadedAt", document.uploadedAt().toString());
    body.put("taskId", document.taskId());
    body.put("taskName", document.taskName());
    body.put("businessKey", document.businessKey());
    body.put("url", "/api/documents/" + document.id());
    body.put("signatures", document.signatures().stream().map(signature -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("signer", signature.signer());
      entry.put("signedAt", signature.signedAt() == null ? null : signature.signedAt().atZoneSameInstant(DeadlineSchedule.VIETNAM).toOffsetDateTime().toString());
      entry.put("coversWholeDocument", signature.coversWholeDocument());
      entry.put("digestValid", signature.digestValid());
      entry.put("state", signature.state());
      return entry;
    }).toList());
    return body;
  }
}
