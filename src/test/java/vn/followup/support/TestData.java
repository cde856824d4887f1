package vn.followup.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Users and notices the HTTP-level tests need, created as an administrator or a clerk would. */
public final class TestData {

  /** Notice numbers, distinct within a test run (the same number, symbol and year register once). */
  private static final java.util.concurrent.atomic.AtomicInteger NUMBERS =
      new java.util.concurrent.atomic.AtomicInteger(new java.util.Random().nextInt(50_000));

  private TestData() {
  }

  /** Creates the user with these group memberships, unless it exists. */
  public static void user(IdentityService identity, String id, String password, List<String> groups) {
    user(identity, id, "Kiểm", "Thử", password, groups);
  }

  /** As {@link #user(IdentityService, String, String, List)}, with the user's name. */
  public static void user(IdentityService identity, String id, String firstName, String lastName, String password,
      List<String> groups) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setPassword(password);
    identity.saveUser(user);
    groups.forEach(group -> identity.createMembership(id, group));
  }

  /**
   * Registers, through {@code POST /api/notices} as the admin, a numbered notice with one item 2.1.2
   * and returns the item's business key.
   */
  public static String registerItem(Http http, String lead, List<String> coordinators, String responsePhrase,
      String text) {
    return registerItem(http, lead, coordinators, responsePhrase, text, null);
  }

  /** As {@link #registerItem(Http, String, List, String, String)}, for a recommendation of {@code proposer}. */
  public static String registerItem(Http http, String lead, List<String> coordinators, String responsePhrase,
      String text, String proposer) {
    String id = "kiem-thu-" + UUID.randomUUID().toString().substring(0, 8);
    String notice = """
        {"id":"%s","number":"%d","symbol":"TB/TU","date":"2021-11-25","issuer":"thuong-truc-thanh-uy",
         "summary":"Kiểm thử","items":[{"number":"2.1.2","text":"%s","kind":"RECOMMENDATION",
         "lead":"%s","coordinators":[%s],"deadlines":[{"type":"RESPONSE","phrase":"%s"}]%s}]}
        """.formatted(id, NUMBERS.incrementAndGet(), text, lead,
        String.join(",", coordinators.stream().map(c -> "\"" + c + "\"").toList()), responsePhrase,
        proposer == null ? "" : ",\"proposer\":\"" + proposer + "\"");
    HttpResponse<String> response = http.postJson("/api/notices", notice, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return id + "/2.1.2";
  }
}
