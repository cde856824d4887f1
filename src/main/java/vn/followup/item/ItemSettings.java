package vn.followup.item;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the item follow-up ({@code followup.item.*}).
 *
 * @param receiptWorkingDays the receipt task is due this many working days after dispatch
 * @param urgeRepeat         how often an overdue item gets a new urge task
 */
@ConfigurationProperties("followup.item")
public record ItemSettings(int receiptWorkingDays, Duration urgeRepeat) {

  public ItemSettings {
    receiptWorkingDays = receiptWorkingDays <= 0 ? 2 : receiptWorkingDays;
    urgeRepeat = urgeRepeat == null || urgeRepeat.isZero() || urgeRepeat.isNegative() ? Duration.ofDays(7) : urgeRepeat;
  }
}
