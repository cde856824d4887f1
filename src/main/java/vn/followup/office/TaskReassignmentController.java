package vn.followup.office;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/tasks/{taskId}/agency} {@code {"agency": "<agency id>"}}: the office moves an open
 * task to another agency. Allowed to the office and administrators (see SecurityConfiguration).
 */
@RestController
class TaskReassignmentController {

  private final TaskReassignment reassignment;

  TaskReassignmentController(TaskReassignment reassignment) {
    this.reassignment = reassignment;
  }

  @PutMapping("/api/tasks/{taskId}/agency")
  ResponseEntity<Map<String, Object>> move(@PathVariable String taskId, @RequestBody Map<String, String> body) {
    try {
      reassignment.moveToAgency(taskId, body.get("agency"));
      return ResponseEntity.ok(Map.of("taskId", taskId, "agency", body.get("agency"),
          "message", "Đã chuyển công việc sang cơ quan mới; cơ quan trước không còn quyền truy cập."));
    } catch (IllegalArgumentException e) {
      return ResponseEntity.badRequest().body(Map.of("status", 400, "message", e.getMessage()));
    }
  }
}
