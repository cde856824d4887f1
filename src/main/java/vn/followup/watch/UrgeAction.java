package vn.followup.watch;

import vn.followup.engine.Choice;

/**
 * Hình thức đôn đốc: how the office urged an agency past its deadline ({@code urgeAction} of the
 * urge form). The single source of the codes and their Vietnamese labels: the form's options, the
 * listener's check, the mail and the audit trail read them from here.
 */
public enum UrgeAction implements Choice {
  DOCUMENT("Ban hành văn bản đôn đốc"),
  PHONE("Đôn đốc qua điện thoại"),
  MEETING("Làm việc trực tiếp");

  private final String label;

  UrgeAction(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
