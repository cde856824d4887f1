package vn.followup.notice;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.followup.report.ItemStatus;
import vn.followup.report.StatusReportService;

/**
 * {@code /api/notices}: register a notice (JSON, or YAML with {@code Content-Type:
 * application/yaml}) and list registered notices with the state of each item.
 */
@RestController
@RequestMapping("/api/notices")
class NoticeController {

  private final NoticeGateway gateway;
  private final NoticeRepository repository;
  private final StatusReportService statuses;

  NoticeController(NoticeGateway gateway, NoticeRepository repository, StatusReportService statuses) {
    this.gateway = gateway;
    this.repository = repository;
    this.statuses = statuses;
  }

  @PostMapping(consumes = {"application/json", "application/yaml", "application/x-yaml"})
  ResponseEntity<Map<String, Object>> register(@RequestBody NoticeDocument document) {
    NoticeGateway.Registration registration = gateway.submit(document);
    boolean draft = document.number() == null || document.number().isBlank();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", registration.id());
    body.put("draft", draft);
    body.put("businessKeys", registration.businessKeys());
    body.put("message", draft
        ? "Đã đăng ký thông báo dự thảo; các nội dung chờ Văn phòng cấp số, ngày trước khi giao."
        : "Đã đăng ký thông báo và giao " + registration.businessKeys().size() + " nội dung.");
    return ResponseEntity.created(URI.create("/api/notices/" + registration.id())).body(body);
  }

  @GetMapping
  List<NoticeView> list() {
    return repository.findAll().stream().map(this::view).toList();
  }

  @GetMapping("/{id}")
  NoticeView get(@PathVariable String id) {
    return view(repository.find(id).orElseThrow(() -> new NoticeNotFoundException(id)));
  }

  private NoticeView view(NoticeRepository.StoredNotice notice) {
    List<NoticeRepository.StoredItem> items = repository.items(notice.id());
    Map<String, ItemStatus> states = statuses.currentItems(notice.id()).stream()
        .collect(Collectors.toMap(ItemStatus::businessKey, Function.identity()));
    return new NoticeView(notice.id(), notice.number(), notice.symbol(), notice.date(), notice.draft(),
        NoticeLabels.label(notice.number(), notice.symbol(), notice.date()), notice.summary(),
        items.stream().map(item -> new ItemView(item.number(), item.businessKey(), item.kind(), item.lead(),
            states.get(item.businessKey()))).toList());
  }

  /** A registered notice as the API shows it. */
  record NoticeView(String id, String number, String symbol, LocalDate date, boolean draft, String label,
      String summary, List<ItemView> items) {
  }

  /** One item and where it stands. */
  record ItemView(String number, String businessKey, String kind, String lead, ItemStatus state) {
  }
}
