package vn.followup.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class ItemStartTest {

  @Test
  void anItemBuiltWithOnlyItsRequiredPartsHasNoDeadlinesNoCoordinatorsAndNoFlags() {
    ItemStart start = ItemStart.item("tb-9/1.1").notice("tb-9", "Thông báo số 9-TB/TU", true)
        .text("1.1", "Nội dung.", false).agencies("ubnd-phuong-xuan-tang", null).build();

    assertThat(start.coordinators()).isEmpty();
    assertThat(start.response()).isEqualTo(Optional.empty());
    assertThat(start.completion()).isEqualTo(Optional.empty());
    assertThat(start.responseSource()).isEmpty();
    assertThat(List.of(start.urgent(), start.ongoing(), start.answeredByReport(), start.recommendation()))
        .containsOnly(false);
    assertThat(start.proposer()).isNull();
  }

  @Test
  void anItemWithoutItsLeadAgencyIsNotStarted() {
    ItemStart.Builder builder = ItemStart.item("tb-9/1.1").notice("tb-9", "Thông báo số 9-TB/TU", true)
        .text("1.1", "Nội dung.", false).agencies(" ", List.of());

    assertThatThrownBy(builder::build).hasMessageContaining("lead agency");
  }

  @Test
  void theCoordinatorsAreCopiedSoTheCallerCannotChangeThemAfterwards() {
    List<String> coordinators = new java.util.ArrayList<>(List.of("phong-tai-chinh"));
    ItemStart start = ItemStart.item("tb-9/2.1").notice("tb-9", "Thông báo số 9-TB/TU", true)
        .text("2.1", "Kiến nghị.", true).agencies("ubnd-thanh-pho", coordinators).build();
    coordinators.add("phong-noi-vu");

    assertThat(start.coordinators()).containsExactly("phong-tai-chinh");
  }
}
