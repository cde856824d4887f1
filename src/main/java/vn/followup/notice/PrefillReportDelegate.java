package vn.followup.notice;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.followup.engine.JsonVariables;
import vn.followup.notice.NoticeProcess.ScheduledReport;
import vn.followup.notice.NoticeProcess.Values;
import vn.followup.notice.NoticeProcess.Vars;
import vn.followup.report.PeriodicReportDraft;

/**
 * {@code ServiceTask_PrefillReport}: when a periodic report falls due, drafts its dedicated section
 * from the status report's rows for every item it covers, for the ward to complete, and offers
 * the covered items for the ward to mark done. The section's own variables are declared on this
 * report's scope, so two reports of a notice never write each other's.
 */
@Component
class PrefillReportDelegate implements JavaDelegate {

  /** Words of an item's text shown beside its number in the checklist. */
  private static final int WORDS = 14;

  private final PeriodicReportDraft drafts;
  private final NoticeRepository notices;
  private final JsonVariables json;

  PrefillReportDelegate(PeriodicReportDraft drafts, NoticeRepository notices, JsonVariables json) {
    this.drafts = drafts;
    this.notices = notices;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ScheduledReport report = Values.REPORT.get(execution);
    List<String> numbers = report.items();
    String noticeId = Values.NOTICE_ID.get(execution);
    Values.REPORT_DRAFT.setLocal(execution, drafts.draft(noticeId, Values.NOTICE_LABEL.get(execution), numbers));
    Values.REPORT_LABEL.setLocal(execution, report.label());
    json.setLocal(execution, Vars.REPORT_ITEM_OPTIONS, options(noticeId, numbers));
    ReportSections.SCOPE_VARIABLES.forEach(name -> execution.setVariableLocal(name, null));
  }

  private List<Map<String, String>> options(String noticeId, List<String> numbers) {
    List<NoticeDocument.Item> items = notices.find(noticeId).map(stored -> stored.document().items()).orElse(List.of());
    return numbers.stream().map(number -> Map.of("value", number, "label", number + " — " + items.stream()
        .filter(item -> number.equals(item.number())).findFirst().map(item -> firstWords(item.text())).orElse("")))
        .toList();
  }

  private static String firstWords(String text) {
    String[] words = text == null ? new String[0] : text.trim().split("\\s+");
    return words.length <= WORDS ? String.join(" ", words) : String.join(" ", List.of(words).subList(0, WORDS)) + "…";
  }
}
