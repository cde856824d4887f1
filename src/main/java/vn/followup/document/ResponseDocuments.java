package vn.followup.document;

import org.springframework.stereotype.Component;
import vn.followup.item.response.ResponseAttachments;

/** The rule "the written response is completed only with its PDF attached" (a setting, on by default). */
@Component
class ResponseDocuments implements ResponseAttachments {

  private final DocumentRepository repository;
  private final DocumentSettings settings;

  ResponseDocuments(DocumentRepository repository, DocumentSettings settings) {
    this.repository = repository;
    this.settings = settings;
  }

  /**
   * Whether the task still lacks the PDF the setting requires. Called by the completion's listener
   * inside the engine's transaction: it locks the task's row first, so a file attached or removed at
   * the same moment is either counted or refused.
   */
  @Override
  public boolean lackRequiredPdf(String taskId) {
    if (!settings.responseRequiresPdf()) {
      return false;
    }
    repository.lockOpenTask(taskId, true);
    return repository.countOfType(taskId, DocumentType.PDF) == 0;
  }
}
