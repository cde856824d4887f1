package vn.followup.audit;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.deadline.DeadlineType;
import vn.followup.document.ItemDocuments;
import vn.followup.export.ApiRequestException;
import vn.followup.item.ItemCard;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.office.OfficeAction;
import vn.followup.report.ItemStatus;
import vn.followup.report.Lifecycle;
import vn.followup.report.StatusReportService;
import vn.followup.report.Timeliness;

/**
 * Builds an item's page from its latest follow-up, read as the caller (the engine's authorizations
 * decide what is returned): the card, the deadlines as last days, the state as the status report
 * tells it, the documents, and for the office the actions it may start from the page.
 */
@Service
class ItemPages {

  private final HistoryService historyService;
  private final IdentityService identityService;
  private final StatusReportService reports;
  private final ItemDocuments documents;
  private final DeadlineSchedule schedule;
  private final String officeGroup;

  ItemPages(HistoryService historyService, IdentityService identityService, StatusReportService reports,
      ItemDocuments documents, DeadlineSchedule schedule,
      @Value("${followup.organisation.office-group}") String officeGroup) {
    this.historyService = historyService;
    this.identityService = identityService;
    this.reports = reports;
    this.documents = documents;
    this.schedule = schedule;
    this.officeGroup = officeGroup;
  }

  ItemPage page(String businessKey) {
    List<HistoricProcessInstance> runs = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ItemProcess.KEY).processInstanceBusinessKey(businessKey)
        .orderByProcessInstanceStartTime().desc().listPage(0, 100);
    ItemStatus status = runs.isEmpty() ? null : reports.currentItem(businessKey).orElse(null);
    if (status == null) {
      throw new ApiRequestException(HttpStatus.NOT_FOUND,
          "Không tìm thấy nội dung theo dõi có mã '" + businessKey + "' (hoặc bạn không có quyền xem nội dung này).");
    }
    HistoricProcessInstance latest = runs.get(0);
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(latest.getId()).variableNameIn(Vars.ITEM, Vars.RESPONSE_DUE_AT, Vars.ORIGINAL_RESPONSE_DUE_AT,
            Vars.COMPLETION_DUE_AT, Vars.ORIGINAL_COMPLETION_DUE_AT).listPage(0, 200)) {
      if (latest.getId().equals(variable.getExecutionId()) || !values.containsKey(variable.getName())) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    ItemCard card = ItemProcess.Values.ITEM.from(values);
    List<ItemPage.DeadlineLine> deadlines = new ArrayList<>();
    deadline(deadlines, DeadlineType.RESPONSE, values.get(Vars.RESPONSE_DUE_AT), values.get(Vars.ORIGINAL_RESPONSE_DUE_AT));
    deadline(deadlines, DeadlineType.COMPLETION, values.get(Vars.COMPLETION_DUE_AT),
        values.get(Vars.ORIGINAL_COMPLETION_DUE_AT));
    boolean stopped = status.lifecycle() == Lifecycle.STOPPED || status.timeliness() == Timeliness.STOPPED;
    boolean running = latest.getEndTime() == null;
    String stateLabel = stopped ? Lifecycle.STOPPED.label() : status.lifecycleLabel();
    String timeliness = stateLabel.equals(status.timelinessLabel()) ? null : status.timelinessLabel();
    List<Map<String, Object>> files = documents.of(businessKey).stream().map(line -> {
      Map<String, Object> document = new LinkedHashMap<>(line.document());
      document.put("taskName", line.taskName());
      return document;
    }).toList();
    return new ItemPage(businessKey, status.noticeId(), card == null ? status.noticeLabel() : card.noticeLabel(),
        status.itemNumber(), card == null ? status.itemText() : card.itemText(),
        card == null ? null : card.itemKindLabel(), card == null ? status.leadAgencyName() : card.leadAgencyName(),
        card == null ? null : card.responsibleAgencyName(), card == null ? null : card.coordinatingAgencyNames(),
        deadlines, stateLabel, timeliness, stopped, running, runs.size(), files, offers(running));
  }

  private void deadline(List<ItemPage.DeadlineLine> lines, DeadlineType type, Object due, Object original) {
    if (!(due instanceof Date date)) {
      return;
    }
    String text = schedule.endText(date);
    String originalText = original instanceof Date first ? schedule.endText(first) : null;
    lines.add(new ItemPage.DeadlineLine(type.name(), type.label(), schedule.lastDayOf(date.toInstant()), text,
        text.equals(originalText) ? null : originalText));
  }

  /** The office's actions on an item running or ended; none for anyone outside the office. */
  private List<ItemPage.ActionOffer> offers(boolean running) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(officeGroup)) {
      return List.of();
    }
    List<OfficeAction> actions = running
        ? List.of(OfficeAction.CHANGE_DEADLINE, OfficeAction.CHANGE_LEAD, OfficeAction.MOVE_TASK, OfficeAction.STOP,
            OfficeAction.ADD_ITEM)
        : List.of(OfficeAction.REOPEN, OfficeAction.ADD_ITEM);
    return actions.stream().map(action -> new ItemPage.ActionOffer(action.slug(), action.label(), action.processKey()))
        .toList();
  }
}
