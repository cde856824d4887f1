package vn.followup.watch;

import vn.followup.deadline.DeadlineType;

/** Vietnamese names of the two watched deadline types, as {@link DeadlineType} labels them. */
public final class WatchLabels {

  public static final String RESPONSE = DeadlineWatchProcess.TYPE_RESPONSE;
  public static final String COMPLETION = DeadlineWatchProcess.TYPE_COMPLETION;

  private WatchLabels() {
  }

  /** "Hạn trả lời bằng văn bản: hết ngày 23/12/2021". */
  static String label(String deadlineType, String endText) {
    return of(deadlineType) + ": " + endText;
  }

  static String of(String deadlineType) {
    return DeadlineType.parse(deadlineType).orElse(DeadlineType.COMPLETION).label();
  }
}
