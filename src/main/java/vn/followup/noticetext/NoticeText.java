package vn.followup.noticetext;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notice's text as paragraphs, whatever shape it was pasted in: one paragraph per line (a word
 * processor's copy), paragraphs separated by blank lines, or lines wrapped at a page's width (a
 * PDF's copy) where a paragraph starts at an item mark ("1.", "a)", "-"), at a deeper indent or
 * after a line ending in ":". Header and signature blocks laid out in two columns (a table's
 * "|" cells, or runs of spaces) are split into their cells. What copying leaves behind is removed:
 * emphasis asterisks, page numbers standing alone on a line, table rules, non-breaking spaces,
 * carriage returns. A line that starts in lower case continues the paragraph before it.
 */
final class NoticeText {

  private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*[-–]?\\s*\\d{1,3}\\s*[-–]?\\s*$");
  private static final Pattern RULE = Pattern.compile("^[\\s|_\\-–=*.]*$");
  /** A cell boundary inside a line: a table's bar, or three spaces or more between words. */
  private static final Pattern CELL = Pattern.compile("\\s*\\|\\s*|(?<=\\S)\\s{3,}(?=\\S)");
  /** A line that starts an item: "1.", "1.2.", "a)", "-", "+", "•", "II.". */
  static final Pattern MARK = Pattern.compile(
      "^(?:\\d{1,2}(?:\\.\\d{1,2}){0,4}[.)]\\s|[a-zđ][)]\\s|[-+•–]\\s*\\S|[IVX]{1,4}\\s*[.\\-)]\\s)");
  /** Lines this long are not wrapped at a page's width: each is a paragraph. */
  private static final int WRAPPED_WIDTH = 100;

  final String received;
  final List<Piece> paragraphs;
  /** The non-blank lines, for blocks set line by line (the signature). */
  final List<Piece> lines;

  private NoticeText(String received, List<Piece> paragraphs, List<Piece> lines) {
    this.received = received;
    this.paragraphs = paragraphs;
    this.lines = lines;
  }

  private record Line(Piece piece, int indent, boolean cell) {
  }

  static NoticeText of(String raw) {
    String received = Normalizer.normalize(raw, Normalizer.Form.NFC);
    List<Line> all = lines(received);
    boolean wrapped = all.stream().allMatch(line -> line.piece() == null || line.piece().text.length() <= WRAPPED_WIDTH);
    List<Piece> paragraphs = new ArrayList<>();
    List<Piece> nonBlank = new ArrayList<>();
    Piece current = null;
    Line previous = null;
    for (Line line : all) {
      Piece trimmed = line.piece();
      if (trimmed != null) {
        nonBlank.add(trimmed);
      }
      if (trimmed == null || PAGE_NUMBER.matcher(trimmed.text).matches()) {
        if (current != null && trimmed == null) {
          paragraphs.add(current);
          current = null;
          previous = null;
        }
        continue;
      }
      if (current != null && startsParagraph(line, previous, wrapped, current)) {
        paragraphs.add(current);
        current = null;
      }
      current = current == null ? trimmed : current.join(trimmed);
      previous = line;
    }
    if (current != null) {
      paragraphs.add(current);
    }
    return new NoticeText(received, paragraphs, nonBlank);
  }

  private static boolean startsParagraph(Line line, Line previous, boolean wrapped, Piece current) {
    String text = line.piece().text;
    int first = text.codePointAt(0);
    boolean continues = (Character.isLowerCase(first) || Character.isDigit(first)) && !MARK.matcher(text).find()
        || capitals(current.text) && capitals(text) && !MARK.matcher(text).find();
    if (previous == null) {
      return true;
    }
    if (line.cell() || previous.cell()) {
      return true;
    }
    if (continues) {
      return false;
    }
    if (!wrapped) {
      return true;
    }
    return MARK.matcher(text).find() || line.indent() >= previous.indent() + 2 || current.text.endsWith(":")
        || current.text.endsWith("./.");
  }

  /** A line in capitals: a title set on several lines ("THÔNG BÁO" / "KẾT LUẬN CỦA ..."). */
  private static boolean capitals(String text) {
    return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(java.util.Locale.ROOT));
  }

  /** The lines of the text, cells split apart, without asterisks and carriage returns, spaces made plain. */
  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int[] origin = new int[text.length()];
    int length = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n') {
        int[] part = new int[length];
        System.arraycopy(origin, 0, part, 0, length);
        cells(new Piece(line.toString(), part), lines);
        line.setLength(0);
        length = 0;
      } else if (c != '\r' && c != '*' && c != '\uFEFF') {
        line.append(c == '\u00A0' || c == '\t' ? ' ' : c);
        origin[length++] = i;
      }
    }
    return lines;
  }

  private static void cells(Piece line, List<Line> lines) {
    int indent = 0;
    while (indent < line.text.length() && line.text.charAt(indent) == ' ') {
      indent++;
    }
    List<Piece> cells = new ArrayList<>();
    Matcher boundary = CELL.matcher(line.text);
    int start = 0;
    while (boundary.find()) {
      cells.add(line.sub(start, boundary.start()));
      start = boundary.end();
    }
    cells.add(line.sub(start, line.text.length()));
    List<Piece> kept = cells.stream().map(Piece::trim).filter(cell -> !cell.text.isEmpty()).toList();
    boolean split = cells.size() > 1;
    if (kept.stream().allMatch(cell -> RULE.matcher(cell.text).matches())) {
      if (!split) {
        lines.add(new Line(null, 0, false));
      }
      return;
    }
    for (Piece cell : kept) {
      if (!RULE.matcher(cell.text).matches()) {
        lines.add(new Line(cell, indent, split));
      }
    }
  }
}
