package vn.followup.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.engine.EngineClock;
import vn.followup.report.StatusReport.AgeBand;
import vn.followup.report.StatusReport.AgencyRow;
import vn.followup.report.StatusReport.NoticeSection;
import vn.followup.report.StatusReport.Totals;

/**
 * Computes the status report from the engine's history as it stood at the end of a date, so that
 * a report for a past date gives the same figures however much has happened since. The ward's
 * periodic report task ({@code ServiceTask_PrefillReport}) and the notice API read the same rows.
 */
@Service
public class StatusReportService {

  private static final List<int[]> BANDS = List.of(new int[] {1, 30}, new int[] {31, 90}, new int[] {91, 120},
      new int[] {121, Integer.MAX_VALUE});

  private final ItemHistories histories;
  private final ItemStatusRules rules;
  private final DeadlineSchedule schedule;
  private final DueSoon dueSoon;

  StatusReportService(ItemHistories histories, ItemStatusRules rules, DeadlineSchedule schedule, DueSoon dueSoon) {
    this.histories = histories;
    this.rules = rules;
    this.schedule = schedule;
    this.dueSoon = dueSoon;
  }

  /**
   * The summary's totals at the end of each date, from one read of the history up to the last:
   * each point equals the summary of {@link #asOf(LocalDate, String)} for its date.
   *
   * @param dates    in ascending order
   * @param noticeId only this notice's items; null for every notice
   */
  public StatusTrend trend(List<LocalDate> dates, String noticeId) {
    List<Instant> cutoffs = dates.stream().map(schedule::endOfDay).toList();
    List<List<ItemStatus>> series = histories.load(cutoffs, noticeId, (index, item) -> rules.assess(item, dates.get(index)));
    List<StatusTrend.Point> points = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      points.add(new StatusTrend.Point(dates.get(i), totals(series.get(i), dates.get(i))));
    }
    return new StatusTrend(noticeId, dueSoon.days(), points);
  }

  /**
   * The report for the state at 24:00 of the date (Vietnam time).
   *
   * @param noticeId only this notice's items; null for every notice
   */
  public StatusReport asOf(LocalDate date, String noticeId) {
    return asOf(date, noticeId, null);
  }

  /**
   * The report for the state at 24:00 of the date (Vietnam time), of one lead agency's items.
   *
   * @param noticeId only this notice's items; null for every notice
   * @param agency   only the items this agency leads; null for every agency
   */
  public StatusReport asOf(LocalDate date, String noticeId, String agency) {
    Instant cutoff = schedule.endOfDay(date);
    List<ItemStatus> items = items(date, cutoff, noticeId);
    return report(date, cutoff, agency == null ? items
        : items.stream().filter(item -> agency.equals(item.leadAgency())).toList());
  }

  /** The items of one notice as they stand now, in the notice's order. */
  public List<ItemStatus> currentItems(String noticeId) {
    Instant now = EngineClock.now();
    return items(now.atZone(DeadlineSchedule.VIETNAM).toLocalDate(), now.plusMillis(1), noticeId);
  }

  /** The items an agency leads now, as they stand now, in the notices' order: read for that agency alone. */
  public List<ItemStatus> currentItemsLedBy(String agency) {
    Instant now = EngineClock.now();
    return items(now.atZone(DeadlineSchedule.VIETNAM).toLocalDate(), now.plusMillis(1), null, agency);
  }

  /** One item as it stands now (its latest follow-up); empty when no follow-up of it is readable. */
  public java.util.Optional<ItemStatus> currentItem(String businessKey) {
    Instant now = EngineClock.now();
    ItemHistory item = histories.loadItem(now.plusMillis(1), businessKey);
    return item == null ? java.util.Optional.empty()
        : java.util.Optional.of(rules.assess(item, now.atZone(DeadlineSchedule.VIETNAM).toLocalDate()));
  }

  private List<ItemStatus> items(LocalDate date, Instant cutoff, String noticeId) {
    return items(date, cutoff, noticeId, null);
  }

  private List<ItemStatus> items(LocalDate date, Instant cutoff, String noticeId, String leadAgency) {
    return histories.load(cutoff, noticeId, leadAgency).stream().map(item -> rules.assess(item, date))
        .sorted(Comparator.comparing(ItemStatus::noticeId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ItemStatus::itemNumber, ItemNumbers.ORDER))
        .toList();
  }

  private StatusReport report(LocalDate date, Instant cutoff, List<ItemStatus> items) {
    Map<String, List<ItemStatus>> byNotice = new LinkedHashMap<>();
    Map<String, List<ItemStatus>> byAgency = new LinkedHashMap<>();
    for (ItemStatus item : items) {
      byNotice.computeIfAbsent(item.noticeId(), id -> new ArrayList<>()).add(item);
      byAgency.computeIfAbsent(item.leadAgency(), id -> new ArrayList<>()).add(item);
    }
    List<NoticeSection> notices = byNotice.values().stream()
        .map(list -> new NoticeSection(list.get(0).noticeId(), list.get(list.size() - 1).noticeLabel(), list))
        .toList();
    List<AgencyRow> unranked = byAgency.values().stream()
        .map(list -> new AgencyRow(0, list.get(0).leadAgency(), list.get(0).leadAgencyName(), totals(list, date)))
        .sorted(Comparator.comparing((AgencyRow row) -> row.totals().overdueShare(),
                Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(row -> row.totals().openOverdue(), Comparator.reverseOrder())
            .thenComparing(AgencyRow::agencyName, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
    List<AgencyRow> agencies = new ArrayList<>();
    for (AgencyRow row : unranked) {
      agencies.add(new AgencyRow(agencies.size() + 1, row.agency(), row.agencyName(), row.totals()));
    }
    List<ItemStatus> overdue = items.stream().filter(item -> item.timeliness() == Timeliness.OPEN_OVERDUE)
        .sorted(Comparator.comparing(ItemStatus::daysOverdue).reversed()).toList();
    List<AgeBand> bands = BANDS.stream().map(band -> new AgeBand(bandLabel(band), band[0],
        band[1] == Integer.MAX_VALUE ? null : band[1],
        overdue.stream().filter(item -> item.daysOverdue() >= band[0] && item.daysOverdue() <= band[1]).toList()))
        .toList();
    return new StatusReport(date, cutoff, EngineClock.now(), totals(items, date), agencies, notices, bands,
        items.stream().filter(ItemStatus::extended).toList(), dueSoon.days());
  }

  static Totals totals(List<ItemStatus> items, LocalDate date) {
    int[] counts = new int[Timeliness.values().length];
    int due = 0;
    int extended = 0;
    int dueSoon = 0;
    for (ItemStatus item : items) {
      counts[item.timeliness().ordinal()]++;
      if (Figure.DUE.counts(item, date)) {
        due++;
      }
      if (item.extended()) {
        extended++;
      }
      if (item.dueSoon()) {
        dueSoon++;
      }
    }
    return new Totals(items.size(), due, counts[Timeliness.DONE_ON_TIME.ordinal()],
        counts[Timeliness.DONE_LATE.ordinal()], counts[Timeliness.OPEN_IN_TERM.ordinal()],
        counts[Timeliness.OPEN_EXTENDED.ordinal()], counts[Timeliness.OPEN_OVERDUE.ordinal()],
        counts[Timeliness.NO_DEADLINE.ordinal()], counts[Timeliness.STOPPED.ordinal()], extended, dueSoon,
        share(counts[Timeliness.OPEN_OVERDUE.ordinal()], due), share(counts[Timeliness.DONE_ON_TIME.ordinal()], due));
  }

  private static BigDecimal share(int part, int whole) {
    return whole == 0 ? null
        : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  private static String bandLabel(int[] band) {
    return band[1] == Integer.MAX_VALUE ? "Trên " + (band[0] - 1) + " ngày"
        : "Từ " + band[0] + " đến " + band[1] + " ngày";
  }
}
