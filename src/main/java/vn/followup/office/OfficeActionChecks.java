package vn.followup.office;

import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.followup.engine.FormInput;
import vn.followup.engine.FormInputException;
import vn.followup.engine.InputRule;
import vn.followup.export.Cells;
import vn.followup.item.ItemProcess;
import vn.followup.item.OfficeRecord;
import vn.followup.office.OfficeActionProcess.Fields;
import vn.followup.office.OfficeActionProcess.Values;
import vn.followup.office.OfficeActionProcess.Vars;
import vn.followup.organisation.Agency;
import vn.followup.organisation.AgencyRegistry;

/**
 * What every office action checks and leaves the same way, each action being the one service task
 * of its process (so one transaction with the start of that process): the item is found and
 * followed, a reason is given, a decision has its number and date, agencies are in the registry;
 * a refusal says that nothing changed (the action's whole start rolls back). Done, the action is
 * recorded on the item ({@value Vars#ITEM_OFFICE_ACTION}) for the audit timeline. The as-of report
 * reads the item's variables as they stood at its date, so an action changes the report from the
 * moment it is recorded on, never before.
 */
@Component
class OfficeActionChecks {

  /** Every refusal of an action says so: the action's whole start rolls back. */
  static final String NOTHING_CHANGED = "Chưa có gì được thay đổi.";

  /** Why the office acts, and the document deciding it (number and date, each optional unless the form requires it). */
  record Decision(String reason, String number, LocalDate date) {
  }

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final AgencyRegistry agencies;

  OfficeActionChecks(RuntimeService runtimeService, HistoryService historyService, AgencyRegistry agencies) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.agencies = agencies;
  }

  /** The action's start form, read by the server's rules. */
  static FormInput input(DelegateExecution action) {
    return FormInput.of(action, NOTHING_CHANGED);
  }

  /** The reason and the deciding document of the form's usual fields. */
  static Decision decision(FormInput input) {
    return new Decision(input.strippedText(Fields.REASON), input.strippedText(Fields.DECISION_NUMBER),
        input.date(Fields.DECISION_DATE));
  }

  /** The running follow-up of the item the form names, or a Vietnamese refusal. */
  ProcessInstance followedItem(FormInput input) {
    String key = input.strippedText(Fields.ITEM_KEY);
    ProcessInstance item = runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(key).singleResult();
    if (item != null) {
      return item;
    }
    boolean ended = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(key).finished().count() > 0;
    throw new FormInputException(Vars.ITEM_KEY, ended
        ? "Nội dung '" + key + "' đã kết thúc theo dõi; không thể thực hiện thao tác này. " + NOTHING_CHANGED
        : "Không tìm thấy nội dung đang theo dõi có mã '" + key + "'. Mã gồm mã thông báo và số thứ tự nội dung, "
            + "cách nhau bởi dấu '/' (ví dụ: xuan-tang-2021-11/2.1.1). " + NOTHING_CHANGED);
  }

  /** The agency the field names, or a Vietnamese refusal. */
  Agency agency(FormInput input, InputRule field) {
    String id = input.strippedText(field);
    return agencies.find(id).orElseThrow(() -> new FormInputException(field.key(),
        field.label() + " '" + id + "' không có trong danh mục cơ quan. " + NOTHING_CHANGED));
  }

  /** The action as auditors read it on the item: label, what changed, reason, decision, who. */
  /**
   * What the item keeps of the action ("Thao tác của Văn phòng": label, what changed, reason,
   * decision, who), sent with the action's event.
   */
  static OfficeRecord describe(OfficeAction what, Decision decision, String by, String change) {
    StringBuilder text = new StringBuilder(what.label());
    if (change != null) {
      text.append(" (").append(change).append(')');
    }
    text.append(". Lý do: ").append(decision.reason());
    if (decision.number() != null || decision.date() != null) {
      text.append(". Văn bản quyết định").append(decision.number() == null ? "" : " số " + decision.number())
          .append(decision.date() == null ? "" : " ngày " + Cells.DATE.format(decision.date()));
    }
    text.append(". Người thực hiện: ").append(by).append('.');
    return new OfficeRecord(text.toString());
  }

  /**
   * Records the action on an item the action itself has just started (an added item, whose start
   * goes through the notice's registration), in the same transaction as its start.
   */
  void record(ProcessInstance item, OfficeAction what, Decision decision, String by, String change) {
    runtimeService.setVariables(item.getId(), Values.ITEM_OFFICE_ACTION.putInto(Variables.createVariables(),
        describe(what, decision, by, change).officeAction()));
  }

  /** Who started the action. */
  static String by(DelegateExecution action) {
    String initiator = Values.ACTION_BY.get(action);
    return initiator == null ? "(hệ thống)" : initiator;
  }
}
