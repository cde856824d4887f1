package vn.followup.noticetext;

/**
 * Text cut from the notice that remembers, for every character, where it stood in the text as
 * received, so that whatever is proposed can point back at its words even after lines were joined
 * and page-break marks removed.
 */
final class Piece {

  final String text;
  private final int[] origin;

  Piece(String text, int[] origin) {
    this.text = text;
    this.origin = origin;
  }

  Piece sub(int start, int end) {
    int[] part = new int[end - start];
    System.arraycopy(origin, start, part, 0, part.length);
    return new Piece(text.substring(start, end), part);
  }

  /** This piece, a space, then the other: two lines of one paragraph. */
  Piece join(Piece next) {
    int[] both = new int[origin.length + 1 + next.origin.length];
    System.arraycopy(origin, 0, both, 0, origin.length);
    both[origin.length] = origin.length == 0 ? 0 : origin[origin.length - 1] + 1;
    System.arraycopy(next.origin, 0, both, origin.length + 1, next.origin.length);
    return new Piece(text + " " + next.text, both);
  }

  Piece trim() {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return sub(start, end);
  }

  Span span(String field, int start, int end) {
    return new Span(field, text.substring(start, end), origin[start], origin[end - 1] + 1);
  }

  Span span(String field) {
    return text.isEmpty() ? new Span(field, "", -1, -1) : span(field, 0, text.length());
  }

  int originOf(int index) {
    return origin[index];
  }
}
