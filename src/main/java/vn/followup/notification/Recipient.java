package vn.followup.notification;

/**
 * One address a notification goes to: a user (with their preference) or an agency's shared mailbox.
 *
 * @param userId     the user, or {@code null} for a shared mailbox
 * @param agency     the agency whose shared mailbox this is, or {@code null} for a user
 * @param name       how the mail greets the recipient
 * @param address    the e-mail address, or {@code null} when the user has none (the row is SKIPPED)
 * @param preference the user's choice; a shared mailbox always gets each mail at once
 * @param copy       sent for information (the office's copy)
 */
record Recipient(String userId, String agency, String name, String address, MailPreference preference, boolean copy) {

  Recipient asCopy() {
    return new Recipient(userId, agency, name, address, preference, true);
  }

  /** The key two notifications of one command about the same task are compared by. */
  String key() {
    return userId != null ? "user:" + userId : "mailbox:" + address;
  }
}
