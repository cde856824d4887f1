package vn.followup.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes tables as one CSV file (RFC 4180: commas, CRLF, quotes where needed) in UTF-8 with a byte
 * order mark, which is what makes Excel show Vietnamese letters instead of mojibake. Several tables
 * follow each other, each under its title line and separated by an empty line. Cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe (CSV injection).
 */
public final class CsvExport {

  public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
  private static final String BOM = "\uFEFF";

  private CsvExport() {
  }

  public static byte[] write(List<String> preamble, List<Table> tables) {
    StringBuilder out = new StringBuilder(BOM);
    preamble.forEach(line -> row(out, List.of(line)));
    for (Table table : tables) {
      if (out.length() > BOM.length()) {
        out.append("\r\n");
      }
      if (table.title() != null) {
        row(out, List.of(table.title()));
      }
      row(out, table.columns().stream().<Object>map(Table.Column::heading).toList());
      table.rows().forEach(cells -> row(out, cells));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void row(StringBuilder out, List<Object> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(Cells.text(cells.get(i))));
    }
    out.append("\r\n");
  }

  static String quote(String value) {
    String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value)
        ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }

  private static boolean isNumber(String value) {
    return value.matches("-?\\d+(\\.\\d+)?");
  }
}
