package vn.followup.followup;

import vn.followup.deadline.DeadlineType;

/** Vietnamese names of the two watched deadline types, as {@link DeadlineType} labels them. */
final class WatchLabels {

  static final String RESPONSE = DeadlineWatchProcess.TYPE_RESPONSE;
  static final String COMPLETION = DeadlineWatchProcess.TYPE_COMPLETION;

  private WatchLabels() {
  }

  static String of(String deadlineType) {
    return DeadlineType.parse(deadlineType).orElse(DeadlineType.COMPLETION).label();
  }
}
