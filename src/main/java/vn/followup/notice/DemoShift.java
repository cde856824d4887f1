package vn.followup.notice;

import java.util.Optional;
import vn.followup.deadline.Deadline;
import vn.followup.deadline.DeadlineKind;
import vn.followup.deadline.DeadlineSchedule;

/**
 * Moves every dated deadline of a notice by a number of days. Used only for the demo notice when
 * it is "rebased": its 2021 dates are moved so that the notice is dated today and each deadline
 * keeps its distance from it. The phrase is kept as printed; the explanation says it was moved.
 */
final class DemoShift {

  private DemoShift() {
  }

  static ValidatedNotice apply(ValidatedNotice notice, int days, DeadlineSchedule schedule) {
    if (days == 0) {
      return notice;
    }
    return new ValidatedNotice(notice.document(), notice.id(), notice.draft(),
        notice.items().stream().map(item -> new ValidatedNotice.PlannedItem(item.item(), item.businessKey(),
            shift(item.response(), days, schedule), item.responseSource(), shift(item.completion(), days, schedule),
            item.urgent(), item.ongoing(), item.answeredByReport())).toList(),
        notice.reports().stream().map(report -> new ValidatedNotice.PlannedReport(report.phrase(), report.agency(),
            report.items(), shift(report.deadline(), days, schedule))).toList());
  }

  private static Optional<Deadline> shift(Optional<Deadline> deadline, int days, DeadlineSchedule schedule) {
    return deadline.map(d -> shift(d, days, schedule));
  }

  private static Deadline shift(Deadline d, int days, DeadlineSchedule schedule) {
    if (d.kind() != DeadlineKind.DATED) {
      return d;
    }
    var lastDay = d.lastDay().plusDays(days);
    return new Deadline(d.phrase(), d.kind(), lastDay, schedule.endOfDay(lastDay), d.rule(),
        d.explanation() + " (dữ liệu minh họa: dời " + days + " ngày so với văn bản gốc)", d.reading(),
        d.rolledToWorkingDay(), d.confidence());
  }
}
