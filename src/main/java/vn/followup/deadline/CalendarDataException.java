package vn.followup.deadline;

/**
 * A row of a days-off file cannot be used. The calendar refuses the whole file rather than skip
 * the row, because a silently dropped holiday moves every deadline and reminder computed over it.
 * The message (Vietnamese) names the file, the line and the reason, so an administrator can fix
 * the file without reading code.
 */
public final class CalendarDataException extends RuntimeException {

  private final String source;
  private final int line;

  CalendarDataException(String source, int line, String reason) {
    super("Tệp lịch ngày nghỉ \"" + source + "\", dòng " + line + ": " + reason);
    this.source = source;
    this.line = line;
  }

  /** Name of the file (or source) the row came from. */
  public String source() {
    return source;
  }

  /** Line number of the row, counted from 1 and including comment lines. */
  public int line() {
    return line;
  }
}
