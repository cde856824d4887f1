package vn.followup.followup;

/** Vietnamese names of the two watched deadline types. */
final class WatchLabels {

  static final String RESPONSE = DeadlineWatchProcess.TYPE_RESPONSE;
  static final String COMPLETION = DeadlineWatchProcess.TYPE_COMPLETION;

  private WatchLabels() {
  }

  static String of(String deadlineType) {
    return RESPONSE.equals(deadlineType) ? "Hạn trả lời bằng văn bản" : "Hạn hoàn thành";
  }
}
