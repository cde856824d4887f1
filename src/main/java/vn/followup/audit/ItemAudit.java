package vn.followup.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** The complete timeline of one item, as its history records it. */
record ItemAudit(String businessKey, String processInstanceId, String noticeId, String itemNumber,
    String itemText, String leadAgencyName, OffsetDateTime started, OffsetDateTime ended,
    List<AuditEntry> entries) {

  /** The entries' columns with their Vietnamese headings, as the CSV download lays them out. */
  @JsonProperty("columns")
  List<AuditTables.AuditColumn> columns() {
    return AuditTables.COLUMNS;
  }
}
