package vn.followup.support;

/** Credentials the test contexts are started with. */
public final class TestUsers {

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "Kiem-thu-quan-tri-2026";

  private TestUsers() {
  }
}
