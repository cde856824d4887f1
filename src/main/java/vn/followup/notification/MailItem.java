package vn.followup.notification;

import vn.followup.item.ItemEvents;

/**
 * What a mail says about the item it concerns, taken from the event's {@link ItemEvents.Subject}.
 * Nothing an agency wrote for internal coordination is read.
 *
 * @param businessKey the item's business key ({@code <notice id>/<item number>}), or the notice's
 * @param noticeLabel e.g. "Thông báo số 125-TB/TU ngày 25/11/2021"; may be {@code null}
 * @param itemNumber  e.g. "2.1.1"; {@code null} for the notice's own tasks
 * @param itemText    the item's text as registered; {@code null} if none
 */
record MailItem(String businessKey, String noticeLabel, String itemNumber, String itemText) {

  /** From an item's card; a notice's own task has no card, only its notice's label. */
  static MailItem of(ItemEvents.Subject item) {
    return new MailItem(item.businessKey(), present(item.noticeLabel()), present(item.itemNumber()),
        item.card() == null ? null : present(item.card().itemText()));
  }

  private static String present(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
