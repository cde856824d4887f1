package vn.followup.noticetext;

/**
 * Something the clerk must look at before registering: a name not in the registry, a phrase that
 * could not be read, a suggestion made from the item's words, a blank in a draft.
 *
 * @param field where in the proposed document (e.g. {@code items[6].coordinators}), or empty
 * @param start offset of the words concerned, or -1
 */
public record Finding(String field, String message, String text, int start, int end) {
}
