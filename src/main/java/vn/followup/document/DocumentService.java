package vn.followup.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.engine.EngineClock;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.organisation.Office;
import vn.followup.organisation.Roles;
import vn.followup.system.errors.RefusedRequestException;

/**
 * Who may attach, remove and read the files of a task, and the storing itself.
 *
 * <ul>
 *   <li>Attach and remove: whoever may complete the task (a member of a group it is offered to, or
 *       its assignee), only while it is open, and only on a task that produces a document
 *       ({@link DocumentTask}). After the completion the files are part of the record.</li>
 *   <li>Read: the agency the task was offered to, the item's lead agency, the office, supervisors,
 *       auditors, operations and administrators. Anyone else is answered as if the file did not
 *       exist.</li>
 * </ul>
 */
@Service
class DocumentService {

  private final ProcessEngine engine;
  private final IdentityService identity;
  private final DocumentRepository repository;
  private final DocumentInspector inspector;
  private final TransactionTemplate transactions;
  private final Set<String> readAll;

  DocumentService(ProcessEngine engine, DocumentRepository repository, DocumentInspector inspector,
      PlatformTransactionManager transactionManager, Office office) {
    this.engine = engine;
    this.identity = engine.getIdentityService();
    this.repository = repository;
    this.inspector = inspector;
    this.transactions = new TransactionTemplate(transactionManager);
    this.readAll = Set.of(office.group(), Roles.SUPERVISORS, Roles.AUDITORS, Roles.OPERATIONS, Roles.ADMINS);
  }

  /** The current user of the request, as the API's authentication handed it to the engine. */
  private Authentication user() {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      throw new DocumentRefusedException(HttpStatus.UNAUTHORIZED, "Bạn cần đăng nhập.");
    }
    return user;
  }

  /** The open task as the user sees it; not found when it does not exist or the user may not see it. */
  private Task visibleTask(String taskId) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw notFound();
    }
    return task;
  }

  static DocumentRefusedException notFound() {
    return new DocumentRefusedException(HttpStatus.NOT_FOUND, RefusedRequestException.NOT_FOUND_MESSAGE);
  }

  /** Whether the user may complete the task: its assignee or a member of a group it is offered to. */
  private boolean works(Task task, Authentication user) {
    if (user.getUserId().equals(task.getAssignee())) {
      return true;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return candidates(task.getId()).stream().anyMatch(link -> user.getUserId().equals(link.getUserId())
        || link.getGroupId() != null && groups.contains(link.getGroupId()));
  }

  private List<IdentityLink> candidates(String taskId) {
    return asServer(() -> engine.getTaskService().getIdentityLinksForTask(taskId)).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
  }

  /** A task's files may be attached or removed by the user now; the refusal otherwise. */
  private DocumentTask requireWritable(Task task, Authentication user) {
    if (!works(task, user)) {
      throw DocumentRefusedException.forbidden("Chỉ người được giao công việc này (cán bộ của cơ quan được giao "
          + "hoặc người đã nhận việc) mới được đính kèm hoặc gỡ tệp; vai trò của bạn chỉ được xem.");
    }
    return DocumentTask.of(task.getTaskDefinitionKey()).orElseThrow(() -> DocumentRefusedException.invalid(
        "Công việc \"" + task.getName() + "\" không nhận tệp đính kèm."));
  }

  StoredDocument upload(String taskId, String fileName, byte[] content) {
    Authentication user = user();
    Task task = visibleTask(taskId);
    requireWritable(task, user);
    String name = inspector.checkName(fileName);
    DocumentInspector.Inspection inspection = inspector.inspect(content);
    inspector.checkExtension(name, inspection.type());
    String agency = candidates(taskId).stream().map(IdentityLink::getGroupId).filter(group -> group != null)
        .findFirst().orElse(null);
    ProcessInstance instance = asServer(() -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult());
    Object lead = asServer(() -> engine.getRuntimeService().getVariable(task.getProcessInstanceId(), Vars.LEAD_AGENCY));
    StoredDocument document = new StoredDocument(UUID.randomUUID(), taskId, task.getTaskDefinitionKey(), task.getName(),
        task.getProcessInstanceId(), instance == null ? null : instance.getBusinessKey(), agency,
        lead instanceof String leadAgency ? leadAgency : null, name, inspection.type(), content.length, sha256(content),
        user.getUserId(), EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toOffsetDateTime(),
        inspection.signatures());
    transactions.executeWithoutResult(status -> {
      if (!repository.lockOpenTask(taskId, false)) {
        throw closedTask();
      }
      repository.insert(document, content);
    });
    return document;
  }

  void delete(UUID id) {
    Authentication user = user();
    StoredDocument document = readable(id, user);
    // The user reads the file, so the task's being open is no secret to them.
    Task task = asServer(() -> engine.getTaskService().createTaskQuery().taskId(document.taskId()).singleResult());
    if (task == null) {
      throw closedTask();
    }
    requireWritable(task, user);
    transactions.executeWithoutResult(status -> {
      if (!repository.lockOpenTask(document.taskId(), false)) {
        throw closedTask();
      }
      repository.delete(id);
    });
  }

  private static DocumentRefusedException closedTask() {
    return new DocumentRefusedException(HttpStatus.CONFLICT, "Công việc đã hoàn thành: tệp đã nộp là hồ sơ, không thêm, "
        + "không gỡ được nữa (bản mới là một tệp mới ở công việc đang mở).");
  }

  /** The files of the task's item instance the user may read, e.g. the response under review. */
  List<StoredDocument> ofTask(String taskId) {
    Authentication user = user();
    Task task = visibleTask(taskId);
    return repository.ofProcessInstance(task.getProcessInstanceId()).stream()
        .filter(document -> mayRead(document, user)).toList();
  }

  /**
   * What the response form says of its signed PDF ("Văn bản trả lời đã ký (tệp PDF): …"): required or
   * not (the setting), and the name of the PDF attached to this task once there is one; null for a
   * task other than the written response.
   */
  String responsePdfLine(String taskId, boolean required) {
    Task task = visibleTask(taskId);
    if (DocumentTask.of(task.getTaskDefinitionKey()).orElse(null) != DocumentTask.WRITE_RESPONSE) {
      return null;
    }
    List<String> attached = repository.ofTask(taskId).stream().filter(document -> document.type() == DocumentType.PDF)
        .map(StoredDocument::fileName).toList();
    if (!attached.isEmpty()) {
      return "đã đính kèm " + String.join(", ", attached) + ".";
    }
    return required ? "bắt buộc, chưa đính kèm: mở thẻ \"Văn bản đính kèm\" để tải lên văn bản đã ký trước khi bấm "
        + "\"Hoàn thành\"." : "không bắt buộc; nếu có, đính kèm ở thẻ \"Văn bản đính kèm\".";
  }

  /** Whether the user may attach files to the task now (the Tasklist tab shows its upload button). */
  boolean mayAttach(String taskId) {
    Authentication user = user();
    Task task = visibleTask(taskId);
    return works(task, user) && DocumentTask.of(task.getTaskDefinitionKey()).isPresent();
  }

  /** Every file of an item or notice (by business key) the user may read. */
  List<StoredDocument> ofBusinessKey(String businessKey) {
    Authentication user = user();
    return repository.ofBusinessKey(businessKey).stream().filter(document -> mayRead(document, user)).toList();
  }

  StoredDocument readable(UUID id) {
    return readable(id, user());
  }

  byte[] content(StoredDocument document) {
    return repository.content(document.id());
  }

  private StoredDocument readable(UUID id, Authentication user) {
    return repository.find(id).filter(document -> mayRead(document, user)).orElseThrow(DocumentService::notFound);
  }

  private boolean mayRead(StoredDocument document, Authentication user) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return user.getUserId().equals(document.uploadedBy()) || groups.stream().anyMatch(readAll::contains)
        || document.agency() != null && groups.contains(document.agency())
        || document.leadAgency() != null && groups.contains(document.leadAgency());
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T asServer(java.util.function.Supplier<T> read) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute((Command<T>) context -> context.runWithoutAuthorization(read::get));
  }
}
