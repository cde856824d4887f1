package vn.followup.followup;

/** Vietnamese names of the two watched deadline types. */
final class WatchLabels {

  static final String RESPONSE = "RESPONSE";
  static final String COMPLETION = "COMPLETION";

  private WatchLabels() {
  }

  static String of(String deadlineType) {
    return RESPONSE.equals(deadlineType) ? "Hạn trả lời bằng văn bản" : "Hạn hoàn thành";
  }
}
