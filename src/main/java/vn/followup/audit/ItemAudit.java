package vn.followup.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The complete timeline of one item, as its history records it; {@code people}: the full name of
 * each user named in it, by login, so that a page shows who did what by name.
 */
record ItemAudit(String businessKey, String processInstanceId, String noticeId, String itemNumber,
    String itemText, String leadAgencyName, OffsetDateTime started, OffsetDateTime ended,
    List<AuditEntry> entries, Map<String, String> people) {

  ItemAudit(String businessKey, String processInstanceId, String noticeId, String itemNumber, String itemText,
      String leadAgencyName, OffsetDateTime started, OffsetDateTime ended, List<AuditEntry> entries) {
    this(businessKey, processInstanceId, noticeId, itemNumber, itemText, leadAgencyName, started, ended, entries,
        Map.of());
  }

  /** The entries' columns with their Vietnamese headings, as the CSV download lays them out. */
  @JsonProperty("columns")
  List<AuditTables.AuditColumn> columns() {
    return AuditTables.COLUMNS;
  }
}
