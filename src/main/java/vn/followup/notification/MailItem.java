package vn.followup.notification;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.followup.item.ItemProcess.Vars;

/**
 * What a mail says about the item it concerns, read from the process variables the item and its
 * deadline watches share. Nothing an agency wrote for internal coordination is read.
 *
 * @param businessKey the item's business key ({@code <notice id>/<item number>}), or the notice's
 * @param noticeLabel e.g. "Thông báo số 125-TB/TU ngày 25/11/2021"; may be {@code null}
 * @param itemNumber  e.g. "2.1.1"; {@code null} for the notice's own tasks
 * @param itemText    the item's text as registered; {@code null} if none
 */
record MailItem(String businessKey, String noticeLabel, String itemNumber, String itemText) {

  static MailItem of(VariableScope scope, String businessKey) {
    return new MailItem(businessKey, text(scope, Vars.NOTICE_LABEL), text(scope, Vars.ITEM_NUMBER),
        text(scope, Vars.ITEM_TEXT));
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof String text && !text.isBlank() ? text : null;
  }
}
