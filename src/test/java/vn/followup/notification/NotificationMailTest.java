package vn.followup.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.followup.support.TestUsers.PASSWORD;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import vn.followup.watch.DeadlineWatchProcess;
import vn.followup.engine.FormInputException;
import vn.followup.item.ItemProcess.Elements;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.item.ItemStart;
import vn.followup.notification.MailServer.Received;
import vn.followup.organisation.Roles;
import vn.followup.support.EngineDriver;
import vn.followup.support.FreshDataDirectory;
import vn.followup.support.NoCoverageTestConfiguration;
import vn.followup.support.ResponseValues;
import vn.followup.support.TestUsers;
import vn.followup.support.ProcessLevelTest;
import vn.followup.support.TestFixture;
import vn.followup.support.ApplicationTestBase;

/**
 * E-mail notifications end to end: the real application on PostgreSQL, the real models and a real
 * SMTP server (GreenMail) on loopback. Time is moved with ClockUtil; the job executor and the
 * scheduler are off, so the test runs due jobs, the digest and the sender itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.admin-user.password=" + TestUsers.ADMIN_PASSWORD,
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.process-engine-name=mailtests",
    "management.endpoint.health.group.readiness.include=readinessState,db,notificationOutbox",
    "followup.demo.enabled=false",
    "followup.embedded-db.durable=false",
    "followup.documents.response-requires-pdf=false",
    "followup.mail.public-url=https://theodoi.example.vn",
    "followup.mail.retry-delay=200ms",
    "followup.mail.max-retry-delay=1s",
    "spring.mail.host=127.0.0.1"})
@ProcessLevelTest
@ContextConfiguration(initializers = FreshDataDirectory.class)
@Import({NoCoverageTestConfiguration.class, TestFixture.class})
class NotificationMailTest extends ApplicationTestBase {

  static final Instant REGISTERED = Instant.parse("2021-11-25T03:00:00Z");
  static final Instant RESPONSE_DUE = Instant.parse("2021-12-30T17:00:00Z");
  static final String PUBLIC_URL = "https://theodoi.example.vn";
  static final String LEAD = "ubnd-thanh-pho";
  static final String OFFICE = "van-phong-thanh-uy";
  static final String MAILBOX = "vanthu.ubnd@example.org";
  static final String STAFF = "canbo.ubnd";
  static final String STAFF_2 = "canbo2.ubnd";
  static final String HEAD = "lanhdao.ubnd";
  static final String NO_ADDRESS = "khongthu.ubnd";
  static final String CLERK = "chuyenvien.vptu";
  static final String CLERK_2 = "truongphong.vptu";
  static final String AUDITOR = "kiemtra.thu";

  static final MailServer SMTP = new MailServer();

  @DynamicPropertySource
  static void mailServerAndRegistry(DynamicPropertyRegistry registry) throws IOException {
    SMTP.start();
    registry.add("spring.mail.port", () -> SMTP.port);
    // The shipped registry, with a shared mailbox for the lead agency.
    String shipped = new String(NotificationMailTest.class.getResourceAsStream("/organisation/agencies.yaml")
        .readAllBytes(), StandardCharsets.UTF_8);
    String withMailbox = shipped.replace("  - id: ubnd-thanh-pho\n", "  - id: ubnd-thanh-pho\n    mailbox: " + MAILBOX + "\n");
    assertThat(withMailbox).isNotEqualTo(shipped);
    Path file = Files.createTempFile(Path.of("target"), "agencies-", ".yaml");
    Files.writeString(file, withMailbox);
    registry.add("followup.organisation.agencies-location", () -> file.toUri().toString());
  }

  @AfterAll
  static void stopMailServer() {
    SMTP.stop();
  }

  @Autowired
  OutboxSender sender;
  @Autowired
  DailyDigest digest;
  @Autowired
  Recipients recipients;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  ObjectProvider<JavaMailSender> mailSender;
  @Autowired
  MailSettings settings;
  int sequence;

  @BeforeEach
  void setUp() throws Exception {
    driver.clock(REGISTERED);
    IdentityService identity = engine.getIdentityService();
    user(identity, STAFF, "Nguyễn Văn", "An", true, LEAD);
    user(identity, STAFF_2, "Trần Thị", "Bình", true, LEAD);
    user(identity, HEAD, "Hoàng Đăng", "Khoa", true, LEAD, Roles.HEADS);
    user(identity, NO_ADDRESS, "Lê Văn", "Cường", false, LEAD);
    user(identity, CLERK, "Phạm Thu", "Hà", true, OFFICE, Roles.SUPERVISORS);
    user(identity, CLERK_2, "Vũ Minh", "Đức", true, OFFICE);
    user(identity, AUDITOR, "Đỗ Văn", "Kiểm", true, Roles.AUDITORS);
    for (String user : List.of(STAFF, STAFF_2, NO_ADDRESS, CLERK_2)) {
      recipients.setPreference(user, MailPreference.DAILY_DIGEST);
    }
    recipients.setPreference(HEAD, MailPreference.IMMEDIATE);
    recipients.setPreference(CLERK, MailPreference.IMMEDIATE);
  }

  @AfterEach
  void tearDown() throws Exception {
    driver.deleteAllInstances();
    EngineDriver.resetClock();
    jdbc.update("delete from followup_notification where digest_id is not null");
    jdbc.update("delete from followup_notification");
    jdbc.update("delete from followup_digest_run");
    SMTP.stop();
    SMTP.start();
  }

  @Test
  void tellsEachPartyOfEachEventOnceInVietnameseWithALinkToTheTask() throws Exception {
    ProcessInstance item = start("xong trước 30/12/2021");
    Task receive = driver.task(item.getId(), Elements.TASK_RECEIVE);

    // A task newly offered to the agency: members who want each mail and the shared mailbox at once.
    assertThat(deliverAll()).isEqualTo(2);
    Received headMail = only(SMTP.received(), mail(HEAD));
    assertThat(headMail.subject()).isEqualTo(number(item) + " – Việc mới: Tiếp nhận nội dung");
    assertThat(headMail.text()).contains("Kính gửi: Hoàng Đăng Khoa", "Thông báo: Thông báo số 125-TB/TU ngày 25/11/2021",
        "Nội dung số: " + number(item), "Công việc: Tiếp nhận nội dung", "Hạn: 29/11/2021",
        "Trích nội dung: Tập trung chỉ đạo giải quyết dứt điểm");
    assertWorkingLink(headMail, receive);
    assertThat(only(SMTP.received(), MAILBOX).subject()).isEqualTo(headMail.subject());
    assertThat(statuses(NotificationEvent.NEW_TASK)).containsEntry(STAFF, "HELD").containsEntry(STAFF_2, "HELD")
        .containsEntry(NO_ADDRESS, "SKIPPED");

    driver.complete(receive, STAFF, Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), STAFF, response());
    SMTP.clear();
    deliverAll();
    // The response task is new work for the agency, the review for the office.
    assertThat(addresses(SMTP.received())).containsExactlyInAnyOrder(mail(HEAD), MAILBOX, mail(CLERK));

    // A return: whoever wrote the response, at once, with the reason, linked to the task to write it again.
    SMTP.clear();
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), CLERK,
        Map.of(Vars.REVIEW_DECISION, "RETURN", Vars.REVIEW_REASON, "Chưa nêu kết quả cụ thể."));
    deliverAll();
    Task again = driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE);
    List<Received> afterReturn = SMTP.received();
    Received returned = only(afterReturn, mail(STAFF));
    assertThat(returned.subject()).isEqualTo(number(item) + " – Văn bản trả lời bị trả lại để hoàn thiện");
    assertThat(returned.text()).contains("Lý do trả lại: Chưa nêu kết quả cụ thể.", "Hạn: 30/12/2021");
    assertWorkingLink(returned, again);
    assertThat(addresses(afterReturn)).as("the head, who wants each mail, hears of the task to write again")
        .containsExactlyInAnyOrder(mail(STAFF), mail(HEAD), MAILBOX);

    // The deadline passes: the agency (heads and staff) at once, a copy to each member of the office.
    SMTP.clear();
    driver.clock(RESPONSE_DUE);
    driver.runDueJobs();
    deliverAll();
    List<Received> overdue = SMTP.received().stream().filter(m -> m.subject().contains("Quá hạn")).toList();
    assertThat(addresses(overdue)).containsExactlyInAnyOrder(mail(STAFF), mail(STAFF_2), mail(HEAD), mail(CLERK),
        mail(CLERK_2));
    assertThat(overdue).allSatisfy(m -> assertThat(m.subject()).isEqualTo(number(item) + " – Quá hạn: hạn trả lời bằng văn bản"));
    assertThat(only(overdue, mail(CLERK)).text()).contains("Đồng gửi để theo dõi.");
    assertWorkingLink(only(overdue, mail(HEAD)), again);
    assertThat(statuses(NotificationEvent.OVERDUE)).containsEntry(NO_ADDRESS, "SKIPPED");

    // The office urges: the agency at once, a copy to the office.
    SMTP.clear();
    Task urge = engine.getTaskService().createTaskQuery().taskDefinitionKey(DeadlineWatchProcess.Elements.TASK_URGE)
        .singleResult();
    driver.complete(urge, CLERK, Map.of(DeadlineWatchProcess.Vars.URGE_ACTION, "DOCUMENT",
        DeadlineWatchProcess.Vars.URGE_NOTE, "Ghi chú nội bộ của Văn phòng"));
    deliverAll();
    List<Received> urged = SMTP.received();
    assertThat(addresses(urged)).containsExactlyInAnyOrder(mail(STAFF), mail(STAFF_2), mail(HEAD), mail(CLERK),
        mail(CLERK_2));
    assertThat(urged).allSatisfy(m -> {
      assertThat(m.subject()).isEqualTo(number(item) + " – Đôn đốc thực hiện");
      assertThat(m.text()).contains("Hình thức đôn đốc: Ban hành văn bản đôn đốc").doesNotContain("Ghi chú nội bộ");
    });

    // An extension decided: the agency concerned (members and mailbox), linked to the new response task.
    driver.complete(again, HEAD, Map.of(Vars.EXTENSION_REQUESTED, true, Vars.EXTENSION_NEW_DATE, "2022-01-31",
        Vars.EXTENSION_REASON, "Chờ ý kiến của cơ quan cấp tỉnh."), Roles.HEADS);
    SMTP.clear();
    deliverAll();
    assertThat(only(SMTP.received(), mail(CLERK)).subject())
        .isEqualTo(number(item) + " – Việc mới: Xem xét đề nghị gia hạn");
    SMTP.clear();
    driver.complete(driver.task(item.getId(), Elements.TASK_DECIDE_EXTENSION), CLERK,
        Map.of(Vars.EXTENSION_DECISION, "APPROVE", Vars.EXTENSION_DECISION_REASON, "Lý do chính đáng."));
    deliverAll();
    List<Received> decided = SMTP.received();
    assertThat(addresses(decided)).containsExactlyInAnyOrder(mail(STAFF), mail(STAFF_2), mail(HEAD), MAILBOX);
    assertThat(decided).allSatisfy(m -> assertThat(m.subject())
        .isEqualTo(number(item) + " – Kết quả xem xét gia hạn: đồng ý gia hạn"));
    assertThat(only(decided, mail(STAFF)).text()).contains("Kết quả: Đồng ý gia hạn", "Lý do: Lý do chính đáng.",
        "Hạn: 31/01/2022");
    assertWorkingLink(only(decided, mail(STAFF)), driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE));

    assertThat(jdbc.queryForObject("select count(*) from followup_notification where status = 'PENDING'", Long.class))
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) - count(distinct (event, recipient_user, address, task_id, subject))"
        + " from followup_notification where status = 'SENT'", Long.class)).as("no mail twice").isZero();
  }

  @Test
  void remindsMembersWhoWantEachMailAtOnceBeforeTheDeadline() throws Exception {
    ProcessInstance item = start("xong trước 30/12/2021");
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), STAFF, Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    deliverAll();
    SMTP.clear();

    driver.clock(Instant.parse("2021-12-23T01:00:00Z"));
    driver.runDueJobs();
    deliverAll();

    Received reminder = only(SMTP.received(), mail(HEAD));
    assertThat(SMTP.received()).hasSize(1);
    assertThat(reminder.subject()).isEqualTo(number(item) + " – Sắp đến hạn trả lời bằng văn bản");
    assertThat(reminder.text()).contains("Hạn: 30/12/2021");
    assertWorkingLink(reminder, driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE));
  }

  @Test
  void sendsTheDailyDigestAtHalfPastSevenOnWorkingDaysOnlyWithWhatEachUserChose() throws Exception {
    HttpResponse<String> chosen = http.send("PUT", "/api/me/mail-preference", "application/json",
        "{\"preference\":\"ngay\"}", STAFF_2, PASSWORD);
    assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
    assertThat(chosen.body()).contains("Gửi ngay từng thư");

    ProcessInstance item = start("xong trước 30/12/2021");
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), STAFF, Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    deliverAll();
    assertThat(addresses(SMTP.received())).as("the staff member who chose 'ngay' hears of each new task at once")
        .contains(mail(STAFF_2)).doesNotContain(mail(STAFF));
    SMTP.clear();

    driver.clock(Instant.parse("2021-12-22T00:29:00Z"));
    assertThat(digest.runIfDue()).as("07:29 is too early").isZero();
    driver.clock(Instant.parse("2021-12-22T00:30:00Z"));
    assertThat(digest.runIfDue()).isEqualTo(1);
    assertThat(digest.runIfDue()).as("once a day").isZero();
    deliverAll();
    Received first = only(SMTP.received(), mail(STAFF));
    assertThat(SMTP.received()).hasSize(1);
    assertThat(first.subject()).isEqualTo("Tổng hợp công việc ngày 22/12/2021: 1 việc");
    assertThat(first.text()).contains("Việc mới từ lần tổng hợp trước (1):",
        "- " + number(item) + " – Cập nhật văn bản trả lời – hạn 30/12/2021 (Thông báo số 125-TB/TU ngày 25/11/2021)")
        .doesNotContain("Tiếp nhận nội dung", "Việc sắp đến hạn");
    assertThat(first.html()).contains("href=\"" + PUBLIC_URL + "/camunda/app/tasklist/mailtests/#/?task="
        + driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE).getId() + "\"");
    SMTP.clear();

    driver.clock(Instant.parse("2021-12-23T00:30:00Z"));
    assertThat(digest.runIfDue()).as("the staff member's digest, and one kept unsent for the user without an address")
        .isEqualTo(2);
    deliverAll();
    Received second = only(SMTP.received(), mail(STAFF));
    assertThat(second.text()).contains("Việc sắp đến hạn (1):", "Cập nhật văn bản trả lời – hạn 30/12/2021")
        .doesNotContain("Việc mới");
    SMTP.clear();

    driver.clock(Instant.parse("2021-12-25T00:30:00Z"));
    assertThat(digest.runIfDue()).as("Saturday").isZero();
    driver.clock(Instant.parse("2022-01-03T00:30:00Z"));
    assertThat(digest.runIfDue()).as("New Year's Day off, moved to Monday 03/01/2022").isZero();
    driver.clock(Instant.parse("2021-12-31T00:30:00Z"));
    assertThat(digest.runIfDue()).as("31/12: every member is told of the overdue task, whatever they chose")
        .isEqualTo(4);
    deliverAll();
    assertThat(addresses(SMTP.received())).containsExactlyInAnyOrder(mail(STAFF), mail(STAFF_2), mail(HEAD));
    assertThat(only(SMTP.received(), mail(STAFF_2)).text()).contains("Việc đã quá hạn (1):");
    assertThat(jdbc.queryForObject("select count(*) from followup_notification where event = 'DIGEST' and status ="
        + " 'SKIPPED' and recipient_user = ?", Long.class, NO_ADDRESS)).as("kept, unsent, on 23/12 and 31/12")
        .isEqualTo(2);
  }

  @Test
  void aCompletionThatFailsNotifiesNobody() throws Exception {
    ProcessInstance item = start("xong trước 30/12/2021");
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), STAFF, Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), STAFF, response());
    deliverAll();
    SMTP.clear();
    long rows = rows();

    Task review = driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE);
    assertThatThrownBy(() -> driver.complete(review, CLERK, Map.of(Vars.REVIEW_DECISION, "RETURN")))
        .hasRootCauseInstanceOf(FormInputException.class).hasMessageContaining("Lý do trả lại");
    assertThatThrownBy(() -> driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), STAFF,
        Map.of(Vars.REVIEW_DECISION, "RETURN", Vars.REVIEW_REASON, "Tự trả lại")))
        .hasMessageContaining("không được tự thẩm định");

    assertThat(rows()).isEqualTo(rows);
    assertThat(deliverAll()).isZero();
    assertThat(SMTP.received()).isEmpty();
  }

  @Test
  void escapesHtmlOfTheItemTextAndOfAReturnReason() throws Exception {
    ProcessInstance item = items.start(itemStart("<script>alert('nội dung')</script> & <b>đậm</b>", "xong trước 30/12/2021"));
    driver.complete(driver.task(item.getId(), Elements.TASK_RECEIVE), STAFF, Map.of(Vars.FOCAL_OFFICER, "Nguyễn Văn An"));
    driver.complete(driver.task(item.getId(), Elements.TASK_WRITE_RESPONSE), STAFF, response());
    driver.complete(driver.task(item.getId(), Elements.TASK_REVIEW_RESPONSE), CLERK, Map.of(Vars.REVIEW_DECISION,
        "RETURN", Vars.REVIEW_REASON, "<img src=x onerror=alert(1)> \"thiếu\""));
    deliverAll();

    Received returned = only(SMTP.received(), mail(STAFF));
    assertThat(returned.html()).contains("&lt;img src=x onerror=alert(1)&gt; &quot;thiếu&quot;",
            "&lt;script&gt;alert(&#39;nội dung&#39;)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;")
        .doesNotContain("<img", "<script", "<b>");
    assertThat(returned.text()).contains("Lý do trả lại: <img src=x onerror=alert(1)> \"thiếu\"");
  }

  @Test
  void keepsEveryMailWhileTheServerIsDownAndDeliversEachOnceWhenItIsBack() throws Exception {
    SMTP.stop();
    for (int i = 0; i < 5; i++) {
      start("xong trước 30/12/2021");
    }
    long pending = pending();
    assertThat(pending).isEqualTo(10);

    Instant until = Instant.now().plusSeconds(3);
    int attempts = 0;
    while (Instant.now().isBefore(until)) {
      assertThat(sender.deliverDue()).isZero();
      attempts++;
      Thread.sleep(100);
    }
    assertThat(pending()).as("nothing lost while the server is down").isEqualTo(10);
    assertThat(jdbc.queryForObject("select max(attempts) from followup_notification", Integer.class))
        .as("retried with a growing delay, not on every poll").isBetween(2, attempts - 1);

    SMTP.start();
    long back = System.nanoTime();
    while (pending() > 0) {
      sender.deliverDue();
      Thread.sleep(50);
      assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(10));
    }
    List<Received> received = SMTP.received();
    assertThat(received).hasSize(10);
    assertThat(received.stream().map(Received::messageId).distinct()).hasSize(10);
    System.out.printf("SMTP outage: %d attempts refused over 3 s, %d mails delivered %d ms after the server was back%n",
        attempts, received.size(), Duration.ofNanos(System.nanoTime() - back).toMillis());
  }

  @Test
  void twoSendersOnOneDatabaseNeverSendAMailTwice() throws Exception {
    for (int i = 0; i < 20; i++) {
      start("xong trước 30/12/2021");
    }
    assertThat(pending()).isEqualTo(40);
    OutboxSender nodeA = new OutboxSender(jdbc, transactionManager, mailSender, settings);
    OutboxSender nodeB = new OutboxSender(jdbc, transactionManager, mailSender, settings);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> senders = new ArrayList<>();
      for (OutboxSender node : List.of(nodeA, nodeB, nodeA, nodeB)) {
        senders.add(() -> {
          int sent = 0;
          for (int round = 0; round < 20 && pending() > 0; round++) {
            sent += node.deliverDue();
          }
          return sent;
        });
      }
      int sent = 0;
      for (Future<Integer> result : threads.invokeAll(senders)) {
        sent += result.get();
      }
      assertThat(sent).isEqualTo(40);
    } finally {
      threads.shutdownNow();
    }
    List<Received> received = SMTP.received();
    assertThat(received).hasSize(40);
    assertThat(received.stream().map(Received::messageId).distinct()).as("duplicates: 0").hasSize(40);
  }

  @Test
  void showsTheOutboxToAdministratorsAndOperatorsOnly() throws Exception {
    start("xong trước 30/12/2021");
    HttpResponse<String> page = http.get("/api/notifications?status=PENDING&size=1", TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("\"total\":2", "Việc mới: Tiếp nhận nội dung", "\"delivery\":\"smtp\"");
    assertThat(http.get("/api/notifications", STAFF, PASSWORD).statusCode()).isEqualTo(403);
    assertThat(http.get("/api/notifications?status=GUI_ROI", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).body())
        .contains("không hợp lệ");

    HttpResponse<String> health = http.get("/actuator/health/readiness", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(health.body()).contains("notificationOutbox", "\"pending\":2", "\"skippedNoAddress\":1",
        "\"heldForDigest\":2");
    HttpResponse<String> gauge = http.get("/actuator/metrics/followup.notifications.pending", TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD);
    assertThat(gauge.body()).contains("\"value\":2.0");
  }

  @Test
  void refusesAPreferenceChangeOfAReadOnlyUserOrWithAnUnknownValueAndStoresNothing() {
    HttpResponse<String> auditor = http.send("PUT", "/api/me/mail-preference", "application/json",
        "{\"preference\":\"ngay\"}", AUDITOR, PASSWORD);
    assertThat(auditor.statusCode()).isEqualTo(403);
    assertThat(engine.getIdentityService().getUserInfo(AUDITOR, MailPreference.USER_INFO_KEY)).isNull();
    HttpResponse<String> unknown = http.send("PUT", "/api/me/mail-preference", "application/json",
        "{\"preference\":\"hang-tuan\"}", STAFF, PASSWORD);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("Tổng hợp hằng ngày");
    assertThat(recipients.preference(STAFF)).isEqualTo(MailPreference.DAILY_DIGEST);
  }

  // --- helpers

  private ProcessInstance start(String responsePhrase) {
    return items.start(itemStart("Tập trung chỉ đạo giải quyết dứt điểm các vướng mắc về giải phóng mặt bằng dự án "
        + "khu tái định cư, bảo đảm quyền lợi hợp pháp của người dân.", responsePhrase));
  }

  private ItemStart itemStart(String text, String responsePhrase) {
    String number = "2.1." + (++sequence);
    return ItemStart.item("kiem-thu-thu/" + number + "-" + System.nanoTime())
        .notice("kiem-thu-thu", "Thông báo số 125-TB/TU ngày 25/11/2021", true)
        .text(number, text, true)
        .agencies(LEAD, List.of())
        .response(Optional.of(reader.read(responsePhrase).deadlines().get(0)), "")
        .build();
  }

  private String number(ProcessInstance item) {
    return (String) engine.getRuntimeService().getVariable(item.getId(), Vars.ITEM_NUMBER);
  }

  private static Map<String, Object> response() {
    return ResponseValues.of("DONE", "2021-11-25");
  }

  /** Runs the sender until nothing is due; returns how many mails it sent. */
  private int deliverAll() {
    int sent = 0;
    for (int round = 0; round < 20; round++) {
      int now = sender.deliverDue();
      sent += now;
      if (now == 0) {
        return sent;
      }
    }
    return sent;
  }

  private void assertWorkingLink(Received mail, Task task) {
    String link = PUBLIC_URL + "/camunda/app/tasklist/mailtests/#/?task=" + task.getId();
    assertThat(mail.text()).contains("Mở công việc trong Tasklist: " + link);
    assertThat(mail.html()).contains("<a href=\"" + link + "\">");
    HttpResponse<String> page = http.get("/camunda/app/tasklist/mailtests/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<base href=\"/camunda/app/tasklist/mailtests/\"");
  }

  private Map<String, String> statuses(NotificationEvent event) {
    return jdbc.queryForList("select recipient_user, status from followup_notification where event = ?"
            + " and recipient_user is not null", event.name()).stream()
        .collect(Collectors.toMap(row -> (String) row.get("recipient_user"), row -> (String) row.get("status"),
            (a, b) -> a + "," + b));
  }

  private long pending() {
    return jdbc.queryForObject("select count(*) from followup_notification where status = 'PENDING'", Long.class);
  }

  private long rows() {
    return jdbc.queryForObject("select count(*) from followup_notification", Long.class);
  }

  private static Received only(List<Received> mails, String address) {
    List<Received> to = mails.stream().filter(m -> m.to().equals(address)).toList();
    assertThat(to).as("mails to " + address).hasSize(1);
    return to.get(0);
  }

  private static List<String> addresses(List<Received> mails) {
    return mails.stream().map(Received::to).toList();
  }

  private static String mail(String user) {
    return user + "@example.org";
  }

  private static void user(IdentityService identity, String id, String first, String last, boolean address,
      String... groups) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName(first);
    user.setLastName(last);
    user.setPassword(PASSWORD);
    if (address) {
      user.setEmail(mail(id));
    }
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
  }
}
