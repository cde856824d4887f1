package vn.followup.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.followup.deadline.DeadlineTexts;
import vn.followup.export.ApiRequestException;
import vn.followup.organisation.AgencyRegistry;

/**
 * {@code GET /api/me/submitted}: "Đã gửi", what the user's own agencies have sent — the written
 * responses of the items they lead — with each item's state in words, as it stands now. Read-only;
 * every logged-in user may ask (Tasklist's header shows it), and each reads only the items of the
 * agencies they are a member of; a user of no agency is refused.
 */
@RestController
class SubmittedController {

  /** The columns, in order: the JSON's field and its heading, so the page writes no label of its own. */
  static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("field", "item", "label", "Nội dung"),
      Map.of("field", "document", "label", "Văn bản đã gửi"),
      Map.of("field", "state", "label", "Tình trạng"));

  private final StatusReportService reports;
  private final AgencyRegistry agencies;
  private final ProcessEngine engine;
  private final IdentityService identity;

  SubmittedController(StatusReportService reports, AgencyRegistry agencies, ProcessEngine engine) {
    this.reports = reports;
    this.agencies = agencies;
    this.engine = engine;
    this.identity = engine.getIdentityService();
  }

  @GetMapping("/api/me/submitted")
  Map<String, Object> submitted() {
    Authentication user = identity.getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    Set<String> own = groups.stream().filter(agencies::contains).collect(Collectors.toSet());
    if (own.isEmpty()) {
      throw new ApiRequestException(HttpStatus.FORBIDDEN, "Tài khoản không thuộc cơ quan, đơn vị nào nên không có "
          + "văn bản nào đã gửi để xem.");
    }
    // The history is the supervisors' to read; the user reads only their own agencies' rows of it.
    // Read for each own agency alone, never the whole history.
    List<ItemStatus> items = withoutAuthorization(() -> own.stream().sorted()
        .flatMap(agency -> reports.currentItemsLedBy(agency).stream()).toList());
    List<Map<String, Object>> rows = items.stream()
        .filter(item -> own.contains(item.leadAgency()) && item.responseDocument() != null)
        .map(SubmittedController::row).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("agencies", own.stream().map(id -> agencies.require(id).name()).sorted().toList());
    body.put("columns", COLUMNS);
    body.put("rows", rows);
    return body;
  }

  private <T> T withoutAuthorization(Supplier<T> read) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired()
        .execute((Command<T>) context -> context.runWithoutAuthorization(read::get));
  }

  private static Map<String, Object> row(ItemStatus item) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("businessKey", item.businessKey());
    row.put("item", "Nội dung " + item.itemNumber() + (item.noticeLabel() == null ? "" : " — " + item.noticeLabel())
        + (item.itemText() == null ? "" : ": " + item.itemText()));
    row.put("document", item.responseDocument()
        + (item.responseDate() == null ? "" : " ngày " + DeadlineTexts.DATE.format(item.responseDate())));
    row.put("state", item.lifecycleLabel() + " — " + item.timelinessLabel());
    return row;
  }
}
