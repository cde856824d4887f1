package vn.followup.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tables as an XLSX workbook laid out as a Vietnamese report table: one sheet per table,
 * the report's heading centred over the table (Times New Roman, as administrative documents are
 * set), a bold bordered header row, bordered cells, dates as real dates (dd/mm/yyyy) and numbers as
 * numbers, so that the office can sum and filter them.
 */
public final class XlsxExport {

  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String FONT = "Times New Roman";

  private XlsxExport() {
  }

  /**
   * @param heading lines centred above every sheet's table (the report's name, its date)
   */
  public static byte[] write(List<String> heading, List<Table> tables) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      for (Table table : tables) {
        sheet(workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheetName())), heading, table, styles);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sheet(Sheet sheet, List<String> heading, Table table, Styles styles) {
    int width = table.columns().size();
    int rowIndex = 0;
    for (int i = 0; i < heading.size(); i++) {
      title(sheet, rowIndex++, heading.get(i), i == 0 ? styles.title : styles.subtitle, width);
    }
    rowIndex++;
    if (table.title() != null) {
      Row section = sheet.createRow(rowIndex++);
      cell(section, 0, table.title(), styles.section);
    }
    Row header = sheet.createRow(rowIndex++);
    header.setHeightInPoints(32);
    for (int c = 0; c < width; c++) {
      cell(header, c, table.columns().get(c).heading(), styles.header);
      sheet.setColumnWidth(c, Math.min(255, table.columns().get(c).width()) * 256);
    }
    sheet.createFreezePane(0, rowIndex);
    for (List<Object> values : table.rows()) {
      Row row = sheet.createRow(rowIndex++);
      for (int c = 0; c < width; c++) {
        value(row.createCell(c), c < values.size() ? values.get(c) : null, styles);
      }
    }
    sheet.getPrintSetup().setLandscape(true);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
  }

  private static void title(Sheet sheet, int rowIndex, String text, CellStyle style, int width) {
    Row row = sheet.createRow(rowIndex);
    cell(row, 0, text, style);
    if (width > 1) {
      sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, width - 1));
    }
  }

  private static void cell(Row row, int column, String text, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    cell.setCellStyle(style);
  }

  private static void value(Cell cell, Object value, Styles styles) {
    if (value instanceof Integer || value instanceof Long) {
      cell.setCellValue(((Number) value).doubleValue());
      cell.setCellStyle(styles.number);
    } else if (value instanceof BigDecimal decimal) {
      cell.setCellValue(decimal.doubleValue());
      cell.setCellStyle(styles.decimal);
    } else if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(styles.date);
    } else if (value instanceof LocalDateTime time) {
      cell.setCellValue(time);
      cell.setCellStyle(styles.dateTime);
    } else {
      cell.setCellValue(Cells.text(value));
      cell.setCellStyle(styles.text);
    }
  }

  /** The workbook's few cell styles, created once (a workbook holds at most 64,000). */
  private static final class Styles {
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle section;
    final CellStyle header;
    final CellStyle text;
    final CellStyle number;
    final CellStyle decimal;
    final CellStyle date;
    final CellStyle dateTime;

    Styles(XSSFWorkbook workbook) {
      Font plain = font(workbook, false, false, 12);
      title = workbook.createCellStyle();
      title.setFont(font(workbook, true, false, 14));
      title.setAlignment(HorizontalAlignment.CENTER);
      subtitle = workbook.createCellStyle();
      subtitle.setFont(font(workbook, false, true, 12));
      subtitle.setAlignment(HorizontalAlignment.CENTER);
      section = workbook.createCellStyle();
      section.setFont(font(workbook, true, false, 12));
      header = bordered(workbook, font(workbook, true, false, 12));
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      text = bordered(workbook, plain);
      number = bordered(workbook, plain);
      number.setAlignment(HorizontalAlignment.CENTER);
      decimal = bordered(workbook, plain);
      decimal.setAlignment(HorizontalAlignment.CENTER);
      decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
      date = bordered(workbook, plain);
      date.setAlignment(HorizontalAlignment.CENTER);
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      dateTime = bordered(workbook, plain);
      dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
    }

    private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
      CellStyle style = workbook.createCellStyle();
      style.setFont(font);
      style.setWrapText(true);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }

    private static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, int points) {
      Font font = workbook.createFont();
      font.setFontName(FONT);
      font.setBold(bold);
      font.setItalic(italic);
      font.setFontHeightInPoints((short) points);
      return font;
    }
  }
}
