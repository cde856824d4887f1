package vn.followup.support;

/** Credentials the test contexts are started with, and the one password of every test user ({@link TestFixture#user}). */
public final class TestUsers {

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "Kiem-thu-quan-tri-2026";
  /** The password of the users tests create; their ids are each test class's own. */
  public static final String PASSWORD = "Nguoi-dung-kiem-thu-2026";

  private TestUsers() {
  }
}
