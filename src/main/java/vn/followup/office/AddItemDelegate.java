package vn.followup.office;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineType;
import vn.followup.engine.FormInput;
import vn.followup.engine.FormInputException;
import vn.followup.notice.DuplicateNoticeException;
import vn.followup.notice.FieldError;
import vn.followup.notice.NoticeDocument;
import vn.followup.notice.NoticeItems;
import vn.followup.notice.NoticeNotFoundException;
import vn.followup.notice.NoticeValidationException;
import vn.followup.office.OfficeActionChecks.Decision;
import vn.followup.office.OfficeActionProcess.Fields;
import vn.followup.office.OfficeActionProcess.Vars;

/**
 * {@code ServiceTask_AddItem}, Bổ sung nội dung vào thông báo đã đăng ký: checked with the whole
 * notice by the registration rules, stored with the notice, and its follow-up started.
 */
@Component
class AddItemDelegate implements JavaDelegate {

  private final OfficeActionChecks checks;
  private final NoticeItems noticeItems;

  AddItemDelegate(OfficeActionChecks checks, NoticeItems noticeItems) {
    this.checks = checks;
    this.noticeItems = noticeItems;
  }

  @Override
  public void execute(DelegateExecution action) {
    FormInput input = OfficeActionChecks.input(action);
    String noticeId = input.strippedText(Fields.NOTICE_ID);
    Decision decision = OfficeActionChecks.decision(input);
    String kind = input.strippedText(Fields.ITEM_KIND);
    List<NoticeDocument.DeadlineEntry> phrases = new ArrayList<>();
    String response = input.strippedText(Fields.RESPONSE_DEADLINE);
    String completion = input.strippedText(Fields.COMPLETION_DEADLINE);
    if (response != null) {
      phrases.add(new NoticeDocument.DeadlineEntry(DeadlineType.RESPONSE, response));
    }
    if (completion != null) {
      phrases.add(new NoticeDocument.DeadlineEntry(DeadlineType.COMPLETION, completion));
    }
    NoticeDocument.Item item = new NoticeDocument.Item(input.strippedText(Fields.ITEM_NUMBER),
        input.strippedText(Fields.ITEM_TEXT),
        "TASK".equals(kind) ? NoticeDocument.ItemKind.TASK
            : "RECOMMENDATION".equals(kind) ? NoticeDocument.ItemKind.RECOMMENDATION : null,
        input.strippedText(Fields.LEAD), input.list(Fields.COORDINATORS, "danh sách mã cơ quan"),
        phrases);
    ProcessInstance started;
    try {
      started = noticeItems.add(noticeId, item);
    } catch (NoticeNotFoundException e) {
      throw new FormInputException(Vars.NOTICE_ID, "Không tìm thấy thông báo đã đăng ký có mã '" + noticeId
          + "'. " + OfficeActionChecks.NOTHING_CHANGED);
    } catch (NoticeValidationException e) {
      FieldError first = e.errors().get(0);
      throw new FormInputException(formKey(first.field()), String.join(" ", e.errors().stream()
          .map(FieldError::message).toList()) + " " + OfficeActionChecks.NOTHING_CHANGED);
    } catch (DuplicateNoticeException e) {
      throw new FormInputException(Vars.ITEM_NUMBER, e.getMessage() + " " + OfficeActionChecks.NOTHING_CHANGED);
    }
    checks.record(started, OfficeAction.ADD_ITEM, decision, OfficeActionChecks.by(action),
        "nội dung số " + item.number());
  }

  /** The form's field a registration rule's error names. */
  private static String formKey(String field) {
    return switch (field.replaceAll("\\[.*", "")) {
      case "item.number" -> Vars.ITEM_NUMBER;
      case "item.text" -> Vars.ITEM_TEXT;
      case "item.kind" -> Vars.ITEM_KIND;
      case "item.lead" -> Vars.LEAD;
      case "item.coordinators" -> Vars.COORDINATORS;
      case "item.deadlines" -> Vars.RESPONSE_DEADLINE;
      default -> Vars.NOTICE_ID;
    };
  }
}
