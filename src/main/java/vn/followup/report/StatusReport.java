package vn.followup.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The status of every item at the end of a date: a summary, one row per lead agency, each notice
 * with its items, the open overdue items in age bands and the extended items.
 *
 * @param cutoff      the first instant not counted: 24:00 of {@code asOf} in Vietnam
 * @param dueSoonDays an item is due soon when its last day is within this many days of {@code asOf}
 */
public record StatusReport(LocalDate asOf, Instant cutoff, Instant generatedAt, Totals summary,
    List<AgencyRow> agencies, List<NoticeSection> notices, List<AgeBand> overdueBands,
    List<ItemStatus> extensions, int dueSoonDays) {

  /** The figures of {@link Totals} with their headings, in the report's order: what the dashboard shows. */
  @JsonProperty
  public List<FigureHeading> figures() {
    return FigureHeading.all();
  }

  /**
   * The business keys of the items each figure counts (for a share, its numerator's), by the
   * figure's key: what the dashboard lists when a figure is chosen.
   */
  @JsonProperty
  public Map<String, List<String>> figureItems() {
    Map<String, List<String>> items = new LinkedHashMap<>();
    for (Figure figure : Figure.values()) {
      items.put(figure.key(), notices.stream().flatMap(notice -> notice.items().stream())
          .filter(item -> figure.counts(item, asOf)).map(ItemStatus::businessKey).toList());
    }
    return items;
  }

  /** The item tables' headings by key ({@code itemNumber} → "Nội dung số"), as the files show them. */
  @JsonProperty
  public Map<String, String> columns() {
    return ReportColumn.labels();
  }

  /** A figure's key in {@link Totals}, its heading, and whether it is a percentage. */
  public record FigureHeading(String key, String label, boolean share) {

    static List<FigureHeading> all() {
      return Arrays.stream(Figure.values()).map(f -> new FigureHeading(f.key(), f.label(), f.share())).toList();
    }
  }

  /**
   * Counts in the report's categories.
   *
   * @param due           the denominator: items with a deadline (not ongoing, not stopped) that are done, or whose last day is
   *                      on or before the report's date
   * @param extended      items whose deadline was extended, whatever their category
   * @param dueSoon       open items in term whose last day falls within the next days ({@link DueSoon})
   * @param overdueShare  open overdue items in percent of {@code due}; null when nothing is due
   * @param onTimeShare   items done on time in percent of {@code due}; null when nothing is due
   */
  public record Totals(int total, int due, int doneOnTime, int doneLate, int openInTerm, int openExtended,
      int openOverdue, int noDeadline, int stopped, int extended, int dueSoon, BigDecimal overdueShare, BigDecimal onTimeShare) {
  }

  /** One lead agency, ranked by its overdue share (highest first). */
  public record AgencyRow(int rank, String agency, String agencyName, Totals totals) {
  }

  /** One notice and its items in the notice's order. */
  public record NoticeSection(String noticeId, String noticeLabel, List<ItemStatus> items) {
  }

  /** Open overdue items whose days overdue lie in [fromDays, toDays]; toDays null for no upper bound. */
  public record AgeBand(String label, int fromDays, Integer toDays, List<ItemStatus> items) {

    public int count() {
      return items.size();
    }
  }
}
