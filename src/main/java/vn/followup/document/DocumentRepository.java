package vn.followup.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.followup.deadline.DeadlineSchedule;

/** Table followup_document and its content (V5__documents.sql). */
@Repository
class DocumentRepository {

  private static final String COLUMNS = "id, task_id, task_key, task_name, process_instance_id, business_key, agency, "
      + "lead_agency, file_name, file_type, size_bytes, sha256, uploaded_by, uploaded_at, signatures::text as signatures";
  private static final TypeReference<List<PdfSignature>> SIGNATURES = new TypeReference<>() {
  };

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  DocumentRepository(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(StoredDocument document, byte[] content) {
    jdbc.update("insert into followup_document (id, task_id, task_key, task_name, process_instance_id, business_key, "
        + "agency, lead_agency, file_name, file_type, size_bytes, sha256, uploaded_by, uploaded_at, signatures) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)",
        document.id(), document.taskId(), document.taskKey(), document.taskName(), document.processInstanceId(),
        document.businessKey(), document.agency(), document.leadAgency(), document.fileName(), document.type().name(),
        document.size(), document.sha256(), document.uploadedBy(), Timestamp.from(document.uploadedAt().toInstant()),
        write(document.signatures()));
    jdbc.update("insert into followup_document_content (document_id, content) values (?, ?)", document.id(), content);
  }

  Optional<StoredDocument> find(UUID id) {
    return jdbc.query("select " + COLUMNS + " from followup_document where id = ?", this::row, id).stream().findFirst();
  }

  byte[] content(UUID id) {
    return jdbc.queryForObject("select content from followup_document_content where document_id = ?", byte[].class, id);
  }

  List<StoredDocument> ofTask(String taskId) {
    return jdbc.query("select " + COLUMNS + " from followup_document where task_id = ? order by uploaded_at, id",
        this::row, taskId);
  }

  List<StoredDocument> ofProcessInstance(String processInstanceId) {
    return jdbc.query("select " + COLUMNS + " from followup_document where process_instance_id = ? "
        + "order by uploaded_at, id", this::row, processInstanceId);
  }

  List<StoredDocument> ofBusinessKey(String businessKey) {
    return jdbc.query("select " + COLUMNS + " from followup_document where business_key = ? order by uploaded_at, id",
        this::row, businessKey);
  }

  int countOfType(String taskId, DocumentType type) {
    Integer count = jdbc.queryForObject("select count(*) from followup_document where task_id = ? and file_type = ?",
        Integer.class, taskId, type.name());
    return count == null ? 0 : count;
  }

  /**
   * Locks the engine's row of an open task against its completion for the rest of the transaction;
   * false if the task is no longer open. A completion that counts the task's files takes the same
   * lock first, so a file added or removed at the same moment is either counted or refused.
   */
  boolean lockOpenTask(String taskId, boolean exclusive) {
    return !jdbc.queryForList("select id_ from act_ru_task where id_ = ? for " + (exclusive ? "update" : "share"),
        String.class, taskId).isEmpty();
  }

  void delete(UUID id) {
    jdbc.update("delete from followup_document where id = ?", id);
  }

  private StoredDocument row(ResultSet rs, int rowNum) throws SQLException {
    return new StoredDocument(rs.getObject("id", UUID.class), rs.getString("task_id"), rs.getString("task_key"),
        rs.getString("task_name"), rs.getString("process_instance_id"), rs.getString("business_key"),
        rs.getString("agency"), rs.getString("lead_agency"), rs.getString("file_name"),
        DocumentType.valueOf(rs.getString("file_type")), rs.getLong("size_bytes"), rs.getString("sha256"),
        rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toInstant().atZone(DeadlineSchedule.VIETNAM).toOffsetDateTime(),
        read(rs.getString("signatures")));
  }

  private String write(List<PdfSignature> signatures) {
    try {
      return json.writeValueAsString(signatures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<PdfSignature> read(String text) {
    try {
      return json.readValue(text, SIGNATURES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
