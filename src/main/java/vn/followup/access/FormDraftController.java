package vn.followup.access;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The draft of a task's form kept on the server (docs/security.md "Form drafts"), used by Tasklist's
 * "Lưu" (followup-form-draft.js):
 * <ul>
 *   <li>{@code GET /api/tasks/{taskId}/draft}: {@code {"fields": {...}, "savedAt": ...}}, or 204 when the
 *       user has saved none;</li>
 *   <li>{@code PUT /api/tasks/{taskId}/draft} with {@code {"variable": value, ...}}: saves it;</li>
 *   <li>{@code DELETE /api/tasks/{taskId}/draft}: removes it.</li>
 * </ul>
 */
@RestController
class FormDraftController {

  private final FormDrafts drafts;

  FormDraftController(FormDrafts drafts) {
    this.drafts = drafts;
  }

  @GetMapping("/api/tasks/{taskId}/draft")
  ResponseEntity<Map<String, Object>> read(@PathVariable String taskId) {
    return drafts.read(taskId).map(draft -> ResponseEntity.ok(json(draft)))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @PutMapping(path = "/api/tasks/{taskId}/draft", consumes = "application/json")
  Map<String, Object> save(@PathVariable String taskId, @RequestBody(required = false) String body) {
    return json(drafts.save(taskId, body));
  }

  @DeleteMapping("/api/tasks/{taskId}/draft")
  ResponseEntity<Void> delete(@PathVariable String taskId) {
    drafts.delete(taskId);
    return ResponseEntity.noContent().build();
  }

  private static Map<String, Object> json(FormDrafts.Draft draft) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("fields", draft.fields());
    body.put("savedAt", draft.savedAt().toString());
    return body;
  }
}
