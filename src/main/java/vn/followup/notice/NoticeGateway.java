package vn.followup.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import vn.followup.system.ServerCode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.followup.notice.NoticeProcess.Vars;

/**
 * The one door to {@code Process_Notice} for the rest of the code: starts the follow-up of a
 * notice with its id as business key. Registration happens in the process's first step, so the
 * API and the Tasklist start form take the same path and the same checks.
 */
@Component
public class NoticeGateway {

  private final RuntimeService runtimeService;
  private final NoticeRepository repository;
  private final ObjectMapper objectMapper;

  NoticeGateway(RuntimeService runtimeService, NoticeRepository repository, ObjectMapper objectMapper) {
    this.runtimeService = runtimeService;
    this.repository = repository;
    this.objectMapper = objectMapper;
  }

  /** Registers the notice and starts its items; returns the id and the items' business keys. */
  public Registration submit(NoticeDocument document) {
    String id = NoticeValidator.idOf(document);
    try {
      String json = objectMapper.writeValueAsString(document);
      // The variables are the server's, built from the checked document, not a form's fields.
      ServerCode.run(() -> runtimeService.createProcessInstanceByKey(NoticeProcess.KEY)
          .businessKey(id.isBlank() ? null : id)
          .setVariable(Vars.NOTICE_DOCUMENT, SpinValues.jsonValue(json).create())
          .execute());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return new Registration(id, repository.items(id).stream().map(NoticeRepository.StoredItem::businessKey).toList());
  }

  /** Whether a notice with this id is registered. */
  public boolean isRegistered(String noticeId) {
    return repository.exists(noticeId);
  }

    /** The outcome of a registration. */
  public record Registration(String id, List<String> businessKeys) {
  }
}
