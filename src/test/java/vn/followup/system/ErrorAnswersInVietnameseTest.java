package vn.followup.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.followup.support.TestUsers.PASSWORD;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.followup.organisation.Roles;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.TestUsers;
import vn.followup.support.WebappSession;
import vn.followup.support.ApplicationTestBase;

/**
 * Every error answer a person may read is Vietnamese and names no Java class, package, field path
 * or server: Spring's error page, Spring MVC's refusals of the project's API, the engine REST API,
 * the webapps' API, and Tomcat's own refusals of requests no servlet sees (sent over a raw socket,
 * since Java's HTTP client refuses to send them).
 */
@FollowupSpringBootTest
class ErrorAnswersInVietnameseTest extends ApplicationTestBase {

  static final String SUPERVISOR = "loi.giamsat";
  static final String STAFF = "loi.ubnd";
  static final String WRONG_PASSWORD = "loi.saimatkhau";
  /** A letter only Vietnamese writes (with its diacritics). */
  static final Pattern VIETNAMESE = Pattern.compile(
      "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", Pattern.CASE_INSENSITIVE);
  static final List<String> INTERNALS = List.of("java.", "vn.followup", "org.", "Exception", "Apache Tomcat",
      "Whitelabel", "Tomcat/");

  @BeforeEach
  void setUp() {
    fixture.user(SUPERVISOR, List.of(Roles.SUPERVISORS));
    fixture.user(STAFF, List.of("ubnd-thanh-pho"));
  }

  record Answer(String what, int status, String body) {
  }

  @Test
  void theProjectsApiAndSpringsErrorPageAnswerEveryRefusalInVietnameseWithoutInternals() {
    List<Answer> answers = new ArrayList<>();
    answers.add(of("a page that is not a number", http.get("/api/notifications?page=abc", TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD)));
    answers.add(of("a body that is not JSON", http.send("PUT", "/api/me/mail-preference", "application/json",
        "{không phải json", STAFF, PASSWORD)));
    answers.add(of("an XML body", http.send("PUT", "/api/me/mail-preference", "application/xml",
        "<preference>ALL</preference>", STAFF, PASSWORD)));
    answers.add(of("a JSON value of the wrong type", http.send("PUT", "/api/me/mail-preference", "application/json",
        "[1,2]", STAFF, PASSWORD)));
    answers.add(of("a date no calendar holds", http.get("/api/reports/status?asOf=-999999999-01-01", SUPERVISOR,
        PASSWORD)));
    answers.add(of("a notice whose item has a kind of the wrong type", http.postJson("/api/notices",
        "{\"id\":\"loi-kieu\",\"items\":[{\"number\":\"1\",\"kind\":{\"a\":1},\"deadlines\":[{\"type\":[]}]}]}",
        TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)));
    answers.add(of("a notice sent as XML", http.send("POST", "/api/notices", "application/xml", "<notice/>",
        TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)));
    answers.add(of("a missing parameter", http.get("/api/documents", STAFF, PASSWORD)));
    answers.add(of("a path the API does not have", http.get("/api/khong-co", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)));
    answers.add(of("a method the path does not serve", http.send("DELETE", "/api/me", "application/json",
        "{}", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)));
    answers.add(of("a method outside the role's allowlist", http.send("DELETE", "/api/reports/status",
        "application/json", "{}", SUPERVISOR, PASSWORD)));
    answers.add(of("no credentials", http.get("/api/reports/status")));
    answers.add(of("the error page asked for directly", http.get("/error")));
    answers.add(of("a page that does not exist", http.get("/trang-khong-co")));

    assertAllReadable(answers);
    assertThat(statusOf(answers, "a page that is not a number")).isEqualTo(400);
    assertThat(statusOf(answers, "a body that is not JSON")).isEqualTo(400);
    assertThat(statusOf(answers, "an XML body")).isEqualTo(415);
    assertThat(statusOf(answers, "a date no calendar holds")).isEqualTo(400);
    assertThat(statusOf(answers, "a notice whose item has a kind of the wrong type")).isEqualTo(400);
    assertThat(statusOf(answers, "a notice sent as XML")).isEqualTo(415);
    assertThat(statusOf(answers, "a missing parameter")).isEqualTo(400);
    assertThat(statusOf(answers, "a path the API does not have")).isEqualTo(404);
    assertThat(statusOf(answers, "a method the path does not serve")).isEqualTo(405);
    assertThat(statusOf(answers, "a method outside the role's allowlist")).isEqualTo(403);
    assertThat(statusOf(answers, "no credentials")).isEqualTo(401);
    assertThat(statusOf(answers, "the error page asked for directly")).isEqualTo(404);
    assertThat(statusOf(answers, "a page that does not exist")).isEqualTo(404);
    assertThat(bodyOf(answers, "a page that is not a number")).contains("page");
    assertThat(bodyOf(answers, "a notice whose item has a kind of the wrong type")).contains("items[0]");
  }

  @Test
  void theEngineRestApiAndTheWebappsApiAnswerEveryRefusalInVietnameseWithoutInternals() {
    List<Answer> answers = new ArrayList<>();
    answers.add(of("engine: maxResults not a number", http.get("/engine-rest/task?maxResults=abc", TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD)));
    answers.add(of("engine: a body that is not JSON", http.send("POST", "/engine-rest/task/count",
        "application/json", "{không phải json", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)));
    answers.add(of("engine: an XML body", http.send("POST", "/engine-rest/task/count",
        "application/xml", "<task/>", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)));
    answers.add(of("engine: a path it does not have", http.get("/engine-rest/khong-co", TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD)));
    answers.add(of("engine: a task that does not exist", http.get("/engine-rest/task/khong-co", TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD)));

    WebappSession tasklist = fixture.login("tasklist", STAFF);
    assertThat(tasklist.loginStatus()).isEqualTo(200);
    answers.add(of("webapps: a change without the CSRF token", tasklist.api("POST",
        "/camunda/api/engine/engine/default/task/khong-co/claim", "application/json",
        "{}".getBytes(StandardCharsets.UTF_8), false)));
    answers.add(of("webapps: a body that is not JSON", tasklist.postPath(
        "/camunda/api/engine/engine/default/task/khong-co/claim", "application/json", "{không phải json")));
    answers.add(of("webapps: maxResults not a number", tasklist.get("/task?maxResults=abc")));
    answers.add(of("webapps: a task that does not exist", tasklist.get("/task/khong-co")));
    answers.add(of("webapps: an XML body", tasklist.postPath("/camunda/api/engine/engine/default/task/khong-co/claim",
        "application/xml", "<claim/>")));

    answers.add(of("engine: no credentials", http.get("/engine-rest/task?maxResults=5")));
    // A user of its own: failed logins delay the next ones of the same user.
    fixture.user(WRONG_PASSWORD, List.of("ubnd-thanh-pho"));
    answers.add(of("engine: a wrong password", http.get("/engine-rest/task?maxResults=5", WRONG_PASSWORD,
        "sai-mat-khau-2026")));
    answers.add(of("webapps: a wrong password", WebappSession.loginAnswer(fixture.port(), "tasklist", WRONG_PASSWORD,
        "sai-mat-khau-2026")));
    WebappSession cockpit = fixture.login("cockpit", SUPERVISOR);
    assertThat(cockpit.loginStatus()).isEqualTo(200);
    answers.add(of("cockpit plugin: a body that is not JSON", cockpit.postPath(
        "/camunda/api/cockpit/plugin/base/default/process-instance", "application/json", "{không phải json")));
    answers.add(of("admin: a user that does not exist", cockpit.getPath("/camunda/api/admin/auth/user/khong-co")));

    assertAllReadable(answers);
    assertThat(statusOf(answers, "engine: no credentials")).isEqualTo(401);
    assertThat(statusOf(answers, "engine: a wrong password")).isEqualTo(401);
    assertThat(statusOf(answers, "engine: maxResults not a number")).isEqualTo(400);
    assertThat(statusOf(answers, "engine: a body that is not JSON")).isEqualTo(400);
    assertThat(statusOf(answers, "engine: an XML body")).isEqualTo(415);
    assertThat(statusOf(answers, "engine: a path it does not have")).isEqualTo(404);
    assertThat(statusOf(answers, "engine: a task that does not exist")).isEqualTo(404);
    assertThat(statusOf(answers, "webapps: a change without the CSRF token")).isEqualTo(403);
    assertThat(statusOf(answers, "webapps: a body that is not JSON")).isEqualTo(400);
    assertThat(statusOf(answers, "webapps: maxResults not a number")).isEqualTo(400);
    assertThat(statusOf(answers, "webapps: a task that does not exist")).isEqualTo(404);
    assertThat(statusOf(answers, "webapps: an XML body")).isEqualTo(415);
  }

  @Test
  void tomcatsOwnRefusalsOfMalformedRequestsAreVietnamesePagesWithoutServerInformation() throws IOException {
    List<Answer> answers = new ArrayList<>();
    answers.add(raw("braces in the query string", "GET /api/reports/status?asOf={} HTTP/1.1"));
    answers.add(raw("braces in the engine's query string", "GET /engine-rest/task?x={} HTTP/1.1"));
    answers.add(raw("a path of 10,000 characters", "GET /" + "a".repeat(10_000) + " HTTP/1.1"));
    answers.add(raw("a broken percent-encoding", "GET /api/%zz HTTP/1.1"));
    answers.add(raw("a path climbing out of the root", "GET /../../etc/passwd HTTP/1.1"));
    answers.add(raw("an unknown HTTP version", "GET / HTTP/9.9"));

    assertAllReadable(answers);
    for (Answer answer : answers) {
      assertThat(answer.status()).as(answer.what()).isBetween(400, 505);
    }
  }

  private static void assertAllReadable(List<Answer> answers) {
    List<String> failures = new ArrayList<>();
    for (Answer answer : answers) {
      System.out.printf("%s -> %d %s%n", answer.what(), answer.status(),
          answer.body().substring(0, Math.min(answer.body().length(), 240)).replace('\n', ' '));
      if (answer.status() < 400) {
        failures.add(answer.what() + ": status " + answer.status());
      }
      if (!VIETNAMESE.matcher(answer.body()).find()) {
        failures.add(answer.what() + " (" + answer.status() + "): not Vietnamese: " + answer.body());
      }
      for (String internal : INTERNALS) {
        if (answer.body().contains(internal)) {
          failures.add(answer.what() + " (" + answer.status() + "): names '" + internal + "': " + answer.body());
        }
      }
    }
    assertThat(failures).as("answers that are not Vietnamese or name internals").isEmpty();
  }

  private static Answer of(String what, HttpResponse<String> response) {
    return new Answer(what, response.statusCode(), response.body());
  }

  private static int statusOf(List<Answer> answers, String what) {
    return answers.stream().filter(answer -> answer.what().equals(what)).findFirst().orElseThrow().status();
  }

  private static String bodyOf(List<Answer> answers, String what) {
    return answers.stream().filter(answer -> answer.what().equals(what)).findFirst().orElseThrow().body();
  }

  /** Sends the request line as it is, with a Host header, and reads the whole answer. */
  private Answer raw(String what, String requestLine) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), fixture.port())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write((requestLine + "\r\nHost: 127.0.0.1:" + fixture.port() + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      in.transferTo(read);
      String answer = read.toString(StandardCharsets.UTF_8);
      int headersEnd = answer.indexOf("\r\n\r\n");
      String statusLine = answer.lines().findFirst().orElse("");
      int status = statusLine.startsWith("HTTP/") ? Integer.parseInt(statusLine.split(" ")[1]) : 0;
      String headers = headersEnd < 0 ? answer : answer.substring(0, headersEnd);
      String body = headersEnd < 0 ? "" : answer.substring(headersEnd + 4);
      // Server information in a header is as telling as in the page.
      assertThat(headers).as(what).doesNotContainIgnoringCase("Apache-Coyote").doesNotContainIgnoringCase("Tomcat");
      return new Answer(what, status, body);
    }
  }
}
