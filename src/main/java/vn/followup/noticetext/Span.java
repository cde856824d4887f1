package vn.followup.noticetext;

/**
 * Where a proposed field came from: its name in the notice document (e.g. {@code items[3].lead}),
 * the words of the text, and their place (character offsets, end exclusive, in the text as
 * received after Unicode normalisation to NFC).
 */
public record Span(String field, String text, int start, int end) {
}
