package vn.followup.office;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.deadline.DeadlineType;
import vn.followup.engine.EngineClock;
import vn.followup.engine.FormInput;
import vn.followup.engine.FormInputException;
import vn.followup.export.Cells;
import vn.followup.item.DeadlineChange;
import vn.followup.item.OfficeRecord;
import vn.followup.item.ItemDeadlines;
import vn.followup.item.ItemGateway;
import vn.followup.office.OfficeActionChecks.Decision;
import vn.followup.office.OfficeActionProcess.Fields;
import vn.followup.office.OfficeActionProcess.Vars;

/**
 * {@code ServiceTask_ChangeDeadline}, Ghi nhận thay đổi thời hạn theo quyết định của Ban Thường vụ:
 * the new last day becomes the deadline, the original stays, the running timers move to it (the
 * item's event "Văn phòng thay đổi thời hạn").
 */
@Component
class ChangeDeadlineDelegate implements JavaDelegate {

  private final OfficeActionChecks checks;
  private final ItemGateway items;
  private final ItemDeadlines deadlines;

  ChangeDeadlineDelegate(OfficeActionChecks checks, ItemGateway items,
      ItemDeadlines deadlines) {
    this.checks = checks;
    this.items = items;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution action) {
    FormInput input = OfficeActionChecks.input(action);
    ProcessInstance item = checks.followedItem(input);
    String type = input.strippedText(Fields.DEADLINE_TYPE);
    String which = DeadlineType.parse(type).map(DeadlineType::inSentence).orElseThrow(() -> new FormInputException(
        Vars.DEADLINE_TYPE, Fields.DEADLINE_TYPE.label() + " phải là một trong: " + DeadlineType.labels() + "."));
    Date current = deadlines.current(item.getId(), type);
    if (current == null) {
      throw new FormInputException(Vars.DEADLINE_TYPE, "Nội dung " + item.getBusinessKey() + " không có " + which
          + " để thay đổi. " + OfficeActionChecks.NOTHING_CHANGED);
    }
    LocalDate newLastDay = input.date(Fields.NEW_DEADLINE);
    LocalDate currentLastDay = current.toInstant().minusMillis(1).atZone(DeadlineSchedule.VIETNAM).toLocalDate();
    if (newLastDay.equals(currentLastDay)) {
      throw new FormInputException(Vars.NEW_DEADLINE, Fields.NEW_DEADLINE.label() + " trùng với " + which + " hiện tại ("
          + Cells.DATE.format(currentLastDay) + "). " + OfficeActionChecks.NOTHING_CHANGED);
    }
    Decision decision = new Decision(input.strippedText(Fields.REASON), input.strippedText(Fields.BOARD_DECISION_NUMBER),
        input.dateNotAfter(Fields.BOARD_DECISION_DATE, EngineClock.now().atZone(DeadlineSchedule.VIETNAM).toLocalDate()));
    String board = "Ban Thường vụ, văn bản số " + decision.number() + " ngày " + Cells.DATE.format(decision.date());
    OfficeRecord record = new OfficeRecord(OfficeActionChecks.describe(OfficeAction.CHANGE_DEADLINE, decision,
        OfficeActionChecks.by(action), which + ": " + Cells.DATE.format(currentLastDay) + " → "
            + Cells.DATE.format(newLastDay)).officeAction(), board + ": " + decision.reason());
    items.changeDeadline(item.getId(), new DeadlineChange(type, newLastDay, board + "; " + decision.reason()), record);
  }
}
