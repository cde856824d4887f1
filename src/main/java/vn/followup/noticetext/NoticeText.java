package vn.followup.noticetext;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A notice's text as paragraphs: lines of one paragraph joined with a space, paragraphs split at
 * blank lines, and what copying from a PDF or a word processor leaves behind removed (emphasis
 * asterisks, page numbers standing alone on a line, non-breaking spaces, carriage returns).
 */
final class NoticeText {

  private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*[-–]?\\s*\\d{1,3}\\s*[-–]?\\s*$");

  final String received;
  final List<Piece> paragraphs;
  /** The non-blank lines, for blocks set line by line (the signature). */
  final List<Piece> lines;

  private NoticeText(String received, List<Piece> paragraphs, List<Piece> lines) {
    this.received = received;
    this.paragraphs = paragraphs;
    this.lines = lines;
  }

  static NoticeText of(String raw) {
    String received = Normalizer.normalize(raw, Normalizer.Form.NFC);
    List<Piece> paragraphs = new ArrayList<>();
    List<Piece> nonBlank = new ArrayList<>();
    Piece current = null;
    for (Piece line : lines(received)) {
      Piece trimmed = line.trim();
      if (!trimmed.text.isEmpty()) {
        nonBlank.add(trimmed);
      }
      if (trimmed.text.isEmpty() || PAGE_NUMBER.matcher(trimmed.text).matches()) {
        if (current != null && trimmed.text.isEmpty()) {
          paragraphs.add(current);
          current = null;
        }
        continue;
      }
      current = current == null ? trimmed : current.join(trimmed);
    }
    if (current != null) {
      paragraphs.add(current);
    }
    return new NoticeText(received, paragraphs, nonBlank);
  }

  /** The lines of the text, without asterisks and carriage returns, spaces made plain. */
  private static List<Piece> lines(String text) {
    List<Piece> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int[] origin = new int[text.length()];
    int length = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n') {
        int[] part = new int[length];
        System.arraycopy(origin, 0, part, 0, length);
        lines.add(new Piece(line.toString(), part));
        line.setLength(0);
        length = 0;
      } else if (c != '\r' && c != '*' && c != '\uFEFF') {
        line.append(c == '\u00A0' || c == '\t' ? ' ' : c);
        origin[length++] = i;
      }
    }
    return lines;
  }
}
