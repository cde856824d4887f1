package vn.followup.export;

import java.util.List;

/**
 * One table of an export, independent of the file format: a title, column headings with widths
 * (in characters, for spreadsheets) and rows of cells (String, Number, LocalDate, LocalDateTime,
 * Boolean or null). CSV and XLSX writers lay out the same tables, so the two never disagree.
 */
public record Table(String sheetName, String title, List<Column> columns, List<List<Object>> rows) {

  /** A column heading and its width in characters. */
  public record Column(String heading, int width) {
  }

  public static Column column(String heading, int width) {
    return new Column(heading, width);
  }
}
