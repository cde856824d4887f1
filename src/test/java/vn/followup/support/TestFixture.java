package vn.followup.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.core.env.Environment;

/**
 * What a test of the running application needs to act as its users, in one place: an HTTP client
 * on the application's port, users created with the shared test password ({@link TestUsers#PASSWORD}),
 * their webapp sessions and browsers, and work done in the engine as one of them. A bean of every test context
 * ({@link FollowupApplicationContext}, {@link ProcessTest}); inject it with {@code @Autowired}. The
 * test classes share one context, so each keeps user ids (and agencies) of its own.
 */
public class TestFixture {

  private final Environment environment;
  private final IdentityService identityService;

  public TestFixture(Environment environment, IdentityService identityService) {
    this.environment = environment;
    this.identityService = identityService;
  }

  /** A client of the application on its random port (not in a process test: it has no server). */
  public Http http() {
    return new Http(port());
  }

  /** A client that gives up on an answer after {@code timeout}. */
  public Http http(Duration timeout) {
    return new Http(port(), timeout);
  }

  /** Whether the context runs a web server (not a process test's). */
  public boolean hasWebServer() {
    return environment.getProperty("local.server.port") != null;
  }

  public int port() {
    Integer port = environment.getProperty("local.server.port", Integer.class);
    if (port == null) {
      throw new IllegalStateException("This test context runs no web server (a process test): no HTTP client");
    }
    return port;
  }

  /** Creates the user with the shared test password and these group memberships, unless it exists. */
  public void user(String id, List<String> groups) {
    TestData.user(identityService, id, TestUsers.PASSWORD, groups);
  }

  /** As {@link #user(String, List)}, with the name a screen shows ("Nguyễn Văn" "An"). */
  public void user(String id, String firstName, String lastName, List<String> groups) {
    TestData.user(identityService, id, firstName, lastName, TestUsers.PASSWORD, groups);
  }

  /** A logged-in session of a webapp ("tasklist", "cockpit") of a user created by {@link #user}. */
  public WebappSession login(String app, String user) {
    return WebappSession.login(port(), app, user, TestUsers.PASSWORD);
  }

  /** Headless Chromium on the application (close it: try-with-resources). */
  public Browser browser() {
    return Browser.open(port());
  }

  /** As {@link #browser()}, saving downloads into {@code downloads}. */
  public Browser browser(Path downloads) {
    return Browser.open(port(), downloads);
  }

  /** Runs {@code work} in the engine as {@code user} with {@code groups}, as a request of theirs would. */
  public <T> T as(String user, List<String> groups, Supplier<T> work) {
    identityService.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** As {@link #as(String, List, Supplier)}, for work without a result. */
  public void as(String user, List<String> groups, Runnable work) {
    as(user, groups, () -> {
      work.run();
      return null;
    });
  }
}
