package vn.followup.audit;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.followup.export.CsvExport;
import vn.followup.export.Downloads;

/**
 * The audit API, for auditors and supervisors (see the security configuration):
 * {@code GET /api/audit/items/{businessKey}} with the key URL-encoded (its "/" as %2F), and
 * {@code GET /api/audit/notices/{id}}; JSON, or {@code ?format=csv}.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

  private static final List<Downloads> FORMATS = List.of(Downloads.JSON, Downloads.CSV);

  private final AuditTrail trail;

  AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/items/{businessKey}")
  ResponseEntity<?> item(@PathVariable String businessKey, @RequestParam(required = false) String format) {
    Downloads download = Downloads.of(format, FORMATS);
    ItemAudit item = trail.item(businessKey);
    return answer(download, item, AuditTables.heading(item), List.of(item), businessKey);
  }

  @GetMapping("/notices/{id}")
  ResponseEntity<?> notice(@PathVariable String id, @RequestParam(required = false) String format) {
    Downloads download = Downloads.of(format, FORMATS);
    NoticeAudit notice = trail.notice(id);
    return answer(download, notice, AuditTables.heading(notice), notice.items(), id);
  }

  private static ResponseEntity<?> answer(Downloads download, Object json, List<String> heading, List<ItemAudit> items,
      String key) {
    if (download == Downloads.JSON) {
      return ResponseEntity.ok(json);
    }
    return Downloads.file(CsvExport.write(heading, List.of(AuditTables.table(items))), CsvExport.MEDIA_TYPE,
        "nhat-ky-" + key + ".csv");
  }
}
