package vn.followup.watch;

/** Vietnamese names of the two watched deadline types. */
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
    return RESPONSE.equals(deadlineType) ? "Hạn trả lời bằng văn bản" : "Hạn hoàn thành";
  }
}
