package vn.followup.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's figures: printed as a table and written as JSON. */
final class Report {

  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Object> meta = new LinkedHashMap<>();
  private final Map<String, Object> details = new LinkedHashMap<>();

  /** One figure; goal is "&lt;= x" or "&gt;= x" when the issue sets one. */
  record Row(String phase, String figure, double value, String unit, String goal, Boolean met) {
  }

  void meta(String key, Object value) {
    meta.put(key, value);
  }

  void detail(String key, Object value) {
    details.put(key, value);
  }

  void add(String phase, String figure, double value, String unit) {
    rows.add(new Row(phase, figure, value, unit, null, null));
  }

  void atMost(String phase, String figure, double value, String unit, double goal) {
    rows.add(new Row(phase, figure, value, unit, "<= " + format(goal) + " " + unit, Double.isNaN(value) ? null : value <= goal));
  }

  void atLeast(String phase, String figure, double value, String unit, double goal) {
    rows.add(new Row(phase, figure, value, unit, ">= " + format(goal) + " " + unit, Double.isNaN(value) ? null : value >= goal));
  }

  List<Row> rows() {
    return rows;
  }

  String table() {
    int width = rows.stream().mapToInt(row -> row.figure().length()).max().orElse(20);
    StringBuilder out = new StringBuilder();
    String header = String.format(Locale.ROOT, "%-5s  %-" + width + "s  %12s %-8s  %-16s %s%n", "phase", "figure", "value",
        "", "goal", "");
    out.append(header).append("-".repeat(header.length() - 1)).append('\n');
    String phase = null;
    for (Row row : rows) {
      if (phase != null && !phase.equals(row.phase())) {
        out.append('\n');
      }
      phase = row.phase();
      out.append(String.format(Locale.ROOT, "%-5s  %-" + width + "s  %12s %-8s  %-16s %s%n", row.phase(), row.figure(),
          format(row.value()), row.unit(), row.goal() == null ? "" : row.goal(),
          row.met() == null ? "" : row.met() ? "met" : "MISSED"));
    }
    return out.toString();
  }

  /** A number for the JSON details: NaN becomes null. */
  static Double num(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? null : Math.round(value * 1000.0) / 1000.0;
  }

  static String format(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    double abs = Math.abs(value);
    if (abs >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  void write(Path json, Path text) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("meta", meta);
    List<Map<String, Object>> figures = new ArrayList<>();
    for (Row row : rows) {
      Map<String, Object> figure = new LinkedHashMap<>();
      figure.put("phase", row.phase());
      figure.put("figure", row.figure());
      figure.put("value", Double.isNaN(row.value()) ? null : row.value());
      figure.put("unit", row.unit());
      figure.put("goal", row.goal());
      figure.put("met", row.met());
      figures.add(figure);
    }
    document.put("figures", figures);
    document.put("details", details);
    try {
      Files.createDirectories(json.getParent());
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), document);
      Files.writeString(text, table(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
