package vn.followup.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebElement;
import vn.followup.support.Browser;
import vn.followup.support.Http;

/**
 * Cockpit's "Lịch sử xử lý" against the audit API it reads: the rows the table shows, and the
 * entries GET /api/audit/items/{key} gives for the same item, compared by their labels.
 */
final class CockpitAuditRows {

  /** The fields compared: what the view writes in words (times are formatted, so left out). */
  static final List<String> LABELS = List.of("kind", "process", "stepId", "step", "user", "agency", "duration",
      "detail");

  private CockpitAuditRows() {
  }

  /** Each row of the shown audit table, as its field cells' own text (a document's link left out). */
  @SuppressWarnings("unchecked")
  static List<Map<String, String>> shown(Browser browser, WebElement table) {
    List<Map<String, Object>> rows = (List<Map<String, Object>>) browser.script(
        "return Array.from(arguments[0].querySelectorAll('tbody > tr')).map(row => Object.fromEntries("
            + "Array.from(row.querySelectorAll('td[data-field]')).map(cell => [cell.getAttribute('data-field'),"
            + " cell.firstChild && cell.firstChild.nodeType === Node.TEXT_NODE ? cell.firstChild.nodeValue : ''])));",
        table);
    List<Map<String, String>> labels = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, String> shown = new LinkedHashMap<>();
      LABELS.forEach(field -> {
        assertThat(row).as("the shown row has a cell " + field).containsKey(field);
        shown.put(field, String.valueOf(row.get(field)));
      });
      labels.add(shown);
    }
    return labels;
  }

  /** The audit API's entries of the item, as the auditor reads them, by the same fields. */
  static List<Map<String, String>> api(int port, String businessKey, String user, String password) throws Exception {
    HttpResponse<String> response = new Http(port).get("/api/audit/items/"
        + URLEncoder.encode(businessKey, StandardCharsets.UTF_8), user, password);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<Map<String, String>> entries = new ArrayList<>();
    new ObjectMapper().readTree(response.body()).get("entries").forEach(entry -> {
      Map<String, String> labels = new LinkedHashMap<>();
      LABELS.forEach(field -> {
        JsonNode value = entry.get(field);
        labels.put(field, value == null || value.isNull() ? "" : value.asText());
      });
      entries.add(labels);
    });
    assertThat(entries).as("entries of " + businessKey).isNotEmpty();
    return entries;
  }
}
