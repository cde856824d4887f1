package vn.followup.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.followup.engine.Choice;
import vn.followup.export.ApiRequestException;
import vn.followup.organisation.AgencyRegistry;

/**
 * "Hồ sơ nội dung", for the office, supervisors and auditors (see the security configuration):
 * {@code GET /api/items?number=&notice=&agency=&words=&state=&page=} finds items (at most
 * {@value ItemSearch#PAGE_SIZE} per page), {@code GET /api/items/{businessKey}} (the key URL-encoded,
 * its "/" as %2F) gives one item's page; its timeline is the audit API's.
 */
@RestController
@RequestMapping("/api/items")
class ItemPageController {

  private final ItemSearch search;
  private final ItemPages pages;
  private final AgencyRegistry agencies;

  ItemPageController(ItemSearch search, ItemPages pages, AgencyRegistry agencies) {
    this.search = search;
    this.pages = pages;
    this.agencies = agencies;
  }

  @GetMapping
  Map<String, Object> find(@RequestParam(required = false) String number, @RequestParam(required = false) String notice,
      @RequestParam(required = false) String agency, @RequestParam(required = false) String words,
      @RequestParam(required = false) String state, @RequestParam(required = false, defaultValue = "0") String page) {
    ItemSearchState wanted = state == null || state.isBlank() ? null
        : Choice.parse(ItemSearchState.class, state.strip()).orElseThrow(() -> new ApiRequestException(
            HttpStatus.BAD_REQUEST, "Trạng thái (state) phải là một trong: "
                + String.join(", ", Choice.choices(ItemSearchState.class).keySet()) + "."));
    int pageNumber;
    try {
      pageNumber = Integer.parseInt(page.strip());
    } catch (NumberFormatException e) {
      pageNumber = -1;
    }
    if (pageNumber < 0 || pageNumber > 10_000) {
      throw new ApiRequestException(HttpStatus.BAD_REQUEST, "Số trang (page) phải là số nguyên từ 0 đến 10000.");
    }
    for (String text : new String[] {number, notice, agency, words}) {
      if (text != null && text.length() > 200) {
        throw new ApiRequestException(HttpStatus.BAD_REQUEST, "Mỗi điều kiện tìm kiếm dài tối đa 200 ký tự.");
      }
    }
    ItemSearch.Page found = search.search(new ItemSearch.Query(number, notice, agency, words, wanted, pageNumber));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", found.items());
    body.put("page", found.page());
    body.put("pageSize", found.pageSize());
    body.put("more", found.more());
    body.put("states", Choice.choices(ItemSearchState.class));
    body.put("agencies", agencies.all().stream().filter(one -> one.parent() == null)
        .map(one -> Map.of("id", one.id(), "name", one.name())).toList());
    return body;
  }

  /**
   * {@code GET /api/items/access}: 204 when the caller may use "Hồ sơ nội dung" (the same rule as the
   * search), so Cockpit shows its menu entry only to them. No business key is "access": every key has
   * a "/".
   */
  @GetMapping("/access")
  ResponseEntity<Void> access() {
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{businessKey}")
  ItemPage item(@PathVariable String businessKey) {
    return pages.page(businessKey);
  }
}
