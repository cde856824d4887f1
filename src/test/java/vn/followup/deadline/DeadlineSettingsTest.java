package vn.followup.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.followup.support.FastTest;

@FastTest
class DeadlineSettingsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    assertThat(DeadlineSettings.defaults()).isEqualTo(new DeadlineSettings(
        BeforeDateReading.USUAL, false, List.of(5, 1), LocalTime.of(8, 0), 5, 10));
  }

  @Test
  void absentPropertiesBindToTheDefaults() {
    DeadlineSettings bound = new Binder(new MapConfigurationPropertySource(Map.of()))
        .bindOrCreate("followup.deadline", Bindable.of(DeadlineSettings.class));

    assertThat(bound).isEqualTo(DeadlineSettings.defaults());
  }

  @Test
  void propertiesAsAnAdministratorWritesThemBind() {
    DeadlineSettings bound = new Binder(new MapConfigurationPropertySource(Map.of(
        "followup.deadline.before-date-reading", "strict",
        "followup.deadline.roll-to-working-day", "true",
        "followup.deadline.reminder-working-days", "3,2,1",
        "followup.deadline.reminder-time", "07:30",
        "followup.deadline.coordination-working-days-before-lead", "3")))
        .bindOrCreate("followup.deadline", Bindable.of(DeadlineSettings.class));

    assertThat(bound).isEqualTo(new DeadlineSettings(
        BeforeDateReading.STRICT, true, List.of(3, 2, 1), LocalTime.of(7, 30), 3, 10));
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> new DeadlineSettings(null, false, List.of(5, -1), null, 0, 0))
        .hasMessageContaining("reminder-working-days");
    assertThatThrownBy(() -> new DeadlineSettings(null, false, null, null, -2, 0))
        .hasMessageContaining("coordination-working-days-before-lead");
  }
}
