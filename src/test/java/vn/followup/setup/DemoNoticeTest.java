package vn.followup.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.item.ItemProcess.Vars;
import vn.followup.support.FreshDataDirectory;
import vn.followup.support.SeparateApplication;
import vn.followup.organisation.Roles;
import vn.followup.system.database.EmbeddedPostgresServer;
import vn.followup.support.ProcessLevelTest;

/** The seed notice as demo data: real dates or rebased to today, and never with an external database. */
@ProcessLevelTest
class DemoNoticeTest {

  static final String PASSWORD = "--camunda.bpm.admin-user.password=Kiem-thu-du-lieu-mau";
  /** The demo users' password, as the README lists it. */
  static final String DEMO_PASSWORD = "Thu-nghiem-Xuan-Tang-2026";

  @Test
  void registersTheSeedWithItsRealDatesWhenNotRebased() {
    try (ConfigurableApplicationContext app = SeparateApplication.start(PASSWORD,
        "--followup.data-dir=" + FreshDataDirectory.newFolder(), "--followup.demo.rebase=false")) {
      assertThat(responseDue(app, "xuan-tang-2021-11/2.1.1")).isEqualTo(Date.from(Instant.parse("2021-12-30T17:00:00Z")));
    }
  }

  @Test
  void movesEveryDeadlineByTheDaysFromTheSessionToTodayWhenRebased() {
    try (ConfigurableApplicationContext app = SeparateApplication.start(PASSWORD,
        "--followup.data-dir=" + FreshDataDirectory.newFolder(), "--followup.demo.rebase=true")) {
      LocalDate today = LocalDate.now(DeadlineSchedule.VIETNAM);
      long shift = ChronoUnit.DAYS.between(DemoNotice.REFERENCE_DATE, today);
      Instant expected = app.getBean(DeadlineSchedule.class).endOfDay(LocalDate.of(2021, 12, 30).plusDays(shift));
      assertThat(responseDue(app, "xuan-tang-2021-11/2.1.1")).isEqualTo(Date.from(expected));
      IdentityService identity = app.getBean(IdentityService.class);
      for (String user : List.of("ubnd-thanh-pho.canbo", "dang-uy-xuan-tang.canbo", "phong-tnmt.canbo",
          "ubnd-thanh-pho.lanhdao", "vptu.chuyenvien", "kiemtra.vien")) {
        assertThat(identity.checkPassword(user, DEMO_PASSWORD)).as(user).isTrue();
      }
      assertThat(identity.createGroupQuery().groupMember("vptu.chuyenvien").list()).extracting("id")
          .contains("van-phong-thanh-uy", Roles.SUPERVISORS);
    }
  }

  @Test
  void neverRegistersDemoDataWithAnExternalDatabase() throws Exception {
    Path folder = FreshDataDirectory.newFolder();
    try (EmbeddedPostgresServer external = EmbeddedPostgresServer.start(folder, 0, "produktion", false);
        ConfigurableApplicationContext app = SeparateApplication.start(PASSWORD,
            "--followup.data-dir=" + folder.resolve("unused"), "--spring.datasource.url=" + external.jdbcUrl(),
            "--spring.datasource.username=" + external.username(), "--followup.demo.enabled=true")) {
      assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from followup_notice", Integer.class))
          .isZero();
      assertThat(folder.resolve("unused").resolve("postgres")).doesNotExist();
      assertThat(app.getBean(IdentityService.class).createUserQuery().userId("vptu.chuyenvien").count())
          .as("demo users never exist with an external database").isZero();
    }
  }

  private static Object responseDue(ConfigurableApplicationContext app, String businessKey) {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    return runtime.getVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult().getId(), Vars.RESPONSE_DUE_AT);
  }
}
