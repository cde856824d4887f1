package vn.followup.tasklist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.followup.system.errors.StatusMessages;

/**
 * {@code GET /api/tasklist/cards?task=<id>&task=<id>…}: the cards ({@link TaskCard}) of one page of
 * Tasklist's list, asked once per page, not once per card. Every logged-in user may ask; each gets
 * the cards of only those tasks the engine lets them see.
 */
@RestController
class TaskCardController {

  /** More than a page of Tasklist's list (15) with room to spare; a longer request is refused. */
  static final int MAX_TASKS = 50;

  private final TaskCards cards;

  TaskCardController(TaskCards cards) {
    this.cards = cards;
  }

  @GetMapping("/api/tasklist/cards")
  ResponseEntity<?> cards(@RequestParam(name = "task", required = false) List<String> taskIds) {
    Set<String> ids = new LinkedHashSet<>();
    if (taskIds != null) {
      taskIds.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).forEach(ids::add);
    }
    if (ids.size() > MAX_TASKS) {
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
          .body(StatusMessages.json(400, StatusMessages.type(400), "Chỉ hỏi được tối đa " + MAX_TASKS
              + " công việc một lần; đã hỏi " + ids.size() + "."));
    }
    return ResponseEntity.ok(cards.of(ids));
  }
}
