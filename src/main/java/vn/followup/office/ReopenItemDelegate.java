package vn.followup.office;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import vn.followup.deadline.Deadline;
import vn.followup.deadline.DeadlineKind;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.engine.EngineClock;
import vn.followup.engine.FormInput;
import vn.followup.engine.FormInputException;
import vn.followup.export.Cells;
import vn.followup.item.ItemCard;
import vn.followup.item.ItemGateway;
import vn.followup.item.ItemProcess;
import vn.followup.item.ItemStart;
import vn.followup.office.OfficeActionChecks.Decision;
import vn.followup.office.OfficeActionProcess.Fields;
import vn.followup.office.OfficeActionProcess.Values;
import vn.followup.office.OfficeActionProcess.Vars;

/**
 * {@code ServiceTask_ReopenItem}, Mở lại nội dung đã kết thúc theo dõi: a new follow-up of the same
 * item (same business key) starts at receipt by its last lead, answering by the new date; it names
 * the previous one ({@value Vars#ITEM_REOPENED_FROM}), and the audit timeline shows both, the
 * previous first.
 */
@Component
class ReopenItemDelegate implements JavaDelegate {

  private final OfficeActionChecks checks;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final ItemGateway items;
  private final DeadlineSchedule schedule;
  private final ObjectMapper objectMapper;

  ReopenItemDelegate(OfficeActionChecks checks, RuntimeService runtimeService, HistoryService historyService,
      ItemGateway items, DeadlineSchedule schedule, ObjectMapper objectMapper) {
    this.checks = checks;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.items = items;
    this.schedule = schedule;
    this.objectMapper = objectMapper;
  }

  @Override
  public void execute(DelegateExecution action) {
    FormInput input = OfficeActionChecks.input(action);
    String key = input.strippedText(Fields.ITEM_KEY);
    if (runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(key).count() > 0) {
      throw new FormInputException(Vars.ITEM_KEY, "Nội dung '" + key + "' đang được theo dõi, không cần mở lại. "
          + OfficeActionChecks.NOTHING_CHANGED);
    }
    HistoricProcessInstance previous = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ItemProcess.KEY).processInstanceBusinessKey(key).finished()
        .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst()
        .orElseThrow(() -> new FormInputException(Vars.ITEM_KEY, "Không tìm thấy nội dung đã kết thúc theo dõi có mã '"
            + key + "'. " + OfficeActionChecks.NOTHING_CHANGED));
    LocalDate newLastDay = input.date(Fields.REOPEN_DEADLINE);
    if (!newLastDay.isAfter(EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate())) {
      throw new FormInputException(Vars.NEW_DEADLINE, Fields.REOPEN_DEADLINE.label() + " phải sau ngày hôm nay.");
    }
    Decision decision = OfficeActionChecks.decision(input);
    Map<String, Object> last = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(previous.getId()).list()
        .forEach(variable -> last.put(variable.getName(), variable.getValue()));
    ItemCard card = ItemProcess.Values.ITEM.from(last);
    String phrase = "Văn phòng mở lại nội dung: trả lời trước hết ngày " + Cells.DATE.format(newLastDay);
    Deadline deadline = new Deadline(phrase, DeadlineKind.DATED, newLastDay, schedule.endOfDay(newLastDay), "REOPENED",
        "Thời hạn do Văn phòng ấn định khi mở lại nội dung.", null, false, 1.0);
    ItemStart start = ItemStart.item(key)
        .notice(ItemProcess.Values.NOTICE_ID.from(last), card.noticeLabel(), true)
        .text(ItemProcess.Values.ITEM_NUMBER.from(last), card.itemText(),
            "RECOMMENDATION".equals(ItemProcess.Values.ITEM_KIND.from(last)))
        .agencies(ItemProcess.Values.LEAD_AGENCY.from(last), coordinators(last.get(ItemProcess.Vars.COORDINATING_AGENCIES)))
        .response(Optional.of(deadline), "Mở lại theo quyết định của Văn phòng")
        .urgent(Boolean.TRUE.equals(ItemProcess.Values.URGENT.from(last)))
        .proposer(ItemProcess.Values.PROPOSER.from(last))
        .build();
    String ended = previous.getEndTime() == null ? "" : ", đã kết thúc theo dõi ngày "
        + Cells.DATE.format(previous.getEndTime().toInstant().atZone(DeadlineSchedule.VIETNAM).toLocalDate());
    items.reopen(start, previous.getId(), OfficeActionChecks.describe(OfficeAction.REOPEN, decision,
        OfficeActionChecks.by(action),
        "tiếp nối lần theo dõi trước" + ended + "; hạn trả lời mới hết ngày " + Cells.DATE.format(newLastDay)));
  }

  private List<String> coordinators(Object json) {
    if (json == null) {
      return List.of();
    }
    try {
      return List.of(objectMapper.readValue(json.toString(), String[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored coordinators are not a JSON list", e);
    }
  }
}
