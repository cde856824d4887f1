package vn.followup.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import vn.followup.support.FreshDataDirectory;
import vn.followup.support.SeparateApplication;
import vn.followup.system.passwords.AdminCredentials;
import vn.followup.system.passwords.FollowupPasswordPolicy;
import vn.followup.support.ReliabilityTest;

/** The embedded database keeps its files in the data folder: a second start reads what the first wrote. */
@ReliabilityTest
class RestartTest {

  @Test
  void readsBackAfterARestartWhatTheFirstStartWrote() {
    Path dataDir = FreshDataDirectory.newFolder();
    String instanceId;
    try (ConfigurableApplicationContext first = start(dataDir)) {
      instanceId = first.getBean(RuntimeService.class).createProcessInstanceQuery()
          .processInstanceBusinessKey("xuan-tang-2021-11").singleResult().getId();
    }
    try (ConfigurableApplicationContext second = start(dataDir)) {
      RuntimeService runtimeService = second.getBean(RuntimeService.class);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("xuan-tang-2021-11")
          .singleResult().getId()).as("the demo notice of the first start, not registered again").isEqualTo(instanceId);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("xuan-tang-2021-11/2.1.5")
          .count()).isEqualTo(1);
    }
    assertThat(dataDir.resolve(AdminCredentials.PASSWORD_FILE)).doesNotExist();
  }

  @Test
  void generatesTheDemoAdminPasswordOnceAndKeepsItInTheDataFolder() throws Exception {
    Path dataDir = FreshDataDirectory.newFolder();
    try (ConfigurableApplicationContext ignored = startWithoutPassword(dataDir)) {
      assertThat(dataDir.resolve(AdminCredentials.PASSWORD_FILE)).exists();
    }
    String generated = java.nio.file.Files.readString(dataDir.resolve(AdminCredentials.PASSWORD_FILE)).trim();
    assertThat(generated).hasSizeGreaterThanOrEqualTo(FollowupPasswordPolicy.MIN_LENGTH);
    try (ConfigurableApplicationContext again = startWithoutPassword(dataDir)) {
      assertThat(again.getBean(org.camunda.bpm.engine.IdentityService.class).checkPassword("admin", generated))
          .isTrue();
    }
  }

  private static ConfigurableApplicationContext start(Path dataDir) {
    return SeparateApplication.start("--followup.data-dir=" + dataDir,
        "--camunda.bpm.admin-user.password=Kiem-thu-khoi-dong-lai");
  }

  private static ConfigurableApplicationContext startWithoutPassword(Path dataDir) {
    return SeparateApplication.start("--followup.data-dir=" + dataDir);
  }
}
