package vn.followup.notification;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.followup.item.ItemCard;
import vn.followup.item.ItemProcess;

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

  /** From an item's card; a notice's own task has no card, only its notice's label. */
  static MailItem of(VariableScope scope, String businessKey) {
    ItemCard card = ItemProcess.Values.ITEM.get(scope);
    String noticeLabel = card != null ? card.noticeLabel() : ItemProcess.Columns.NOTICE_LABEL.get(scope);
    return new MailItem(businessKey, present(noticeLabel), present(ItemProcess.Values.ITEM_NUMBER.get(scope)),
        card == null ? null : present(card.itemText()));
  }

  private static String present(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
