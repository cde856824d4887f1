package vn.followup.system.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import vn.followup.system.errors.StartupRefusedException;
import vn.followup.system.history.HistoryRetentionPlugin;
import vn.followup.support.FastTest;

@FastTest
class HistoryRetentionPluginTest {

  @Test
  void keepsHistoryPermanentlyWhenNoRetentionIsSet() {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setHistoryTimeToLive("30");
    new HistoryRetentionPlugin("").preInit(configuration);
    assertThat(configuration.getHistoryTimeToLive()).isNull();
  }

  @Test
  void turnsAnIsoPeriodIntoDays() {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    new HistoryRetentionPlugin("P10Y").preInit(configuration);
    assertThat(configuration.getHistoryTimeToLive()).isEqualTo("3650");
  }

  @Test
  void refusesAnUnreadableRetention() {
    assertThatThrownBy(() -> HistoryRetentionPlugin.days("mười năm")).isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("FOLLOWUP_HISTORY_RETENTION");
  }
}
