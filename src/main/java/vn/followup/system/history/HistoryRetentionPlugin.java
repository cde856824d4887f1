package vn.followup.system.history;

import java.time.Period;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.followup.system.EnginePluginOrder;
import vn.followup.system.errors.StartupRefusedException;

/**
 * Applies the history retention setting ({@code followup.history.retention}) to every process
 * definition that has no time-to-live of its own. Empty (the default) keeps history permanently:
 * a notice and its answers are archive records. The models carry no time-to-live, and the
 * engine's enforcement of one is switched off in application.yaml, so this is the one place
 * retention is decided.
 */
@Component
@Order(EnginePluginOrder.HISTORY_RETENTION)
class HistoryRetentionPlugin extends AbstractProcessEnginePlugin {

  private final String retention;

  HistoryRetentionPlugin(@Value("${followup.history.retention:}") String retention) {
    this.retention = retention;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!StringUtils.hasText(retention)) {
      configuration.setHistoryTimeToLive(null);
      return;
    }
    configuration.setHistoryTimeToLive(Integer.toString(days(retention)));
  }

  static int days(String isoPeriod) {
    try {
      Period period = Period.parse(isoPeriod.trim());
      int days = period.getYears() * 365 + period.getMonths() * 30 + period.getDays();
      if (days <= 0) {
        throw new IllegalArgumentException();
      }
      return days;
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new StartupRefusedException(
          "Thời hạn lưu lịch sử FOLLOWUP_HISTORY_RETENTION='" + isoPeriod + "' không hợp lệ.",
          "Dùng khoảng thời gian ISO-8601 dương (ví dụ P3650D hoặc P10Y), hoặc để trống để lưu vĩnh viễn.");
    }
  }
}
