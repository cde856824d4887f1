package vn.followup.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a user wants new tasks and approaching deadlines: each at once, or in one mail a day (the
 * default). Returns, urges and overdue marks always go at once. Stored on the user as Camunda user
 * info under {@link #USER_INFO_KEY}, so it lives with the user whatever the identity source.
 */
public enum MailPreference {

  IMMEDIATE("ngay", "Gửi ngay từng thư"),
  DAILY_DIGEST("tong-hop-hang-ngay", "Tổng hợp hằng ngày");

  static final String USER_INFO_KEY = "followup.mailPreference";
  static final MailPreference DEFAULT = DAILY_DIGEST;

  private final String code;
  private final String label;

  MailPreference(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The stored and API value: "ngay" or "tong-hop-hang-ngay". */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  static Optional<MailPreference> ofCode(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }
}
