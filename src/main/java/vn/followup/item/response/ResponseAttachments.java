package vn.followup.item.response;

/**
 * What the item process asks of the attached documents when a written response is completed; the
 * documents feature answers it (the item process does not know how documents are stored).
 */
public interface ResponseAttachments {

  /** Whether the response task still lacks the signed PDF the rules require. */
  boolean lackRequiredPdf(String taskId);
}
