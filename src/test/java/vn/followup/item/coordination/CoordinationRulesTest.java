package vn.followup.item.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

/** When the lead may answer without the coordinating agencies' input, and which input is missing or late. */
@FastTest
class CoordinationRulesTest {

  static final Instant DUE = Instant.parse("2021-12-23T17:00:00Z");

  @Test
  void theMissingAgenciesAreThoseWithoutInputInTheNoticesOrder() {
    List<Map<String, Object>> inputs = List.of(Map.of("agency", "so-tai-chinh", "input", "Đồng ý"));
    assertThat(CoordinationRules.missing(List.of("so-xay-dung", "so-tai-chinh", "cong-an-tinh"), inputs))
        .containsExactly("so-xay-dung", "cong-an-tinh");
  }

  @Test
  void nothingIsMissingOnceEveryAgencyGaveInputAndNothingWithoutCoordinators() {
    List<Map<String, Object>> inputs = List.of(Map.of("agency", "so-tai-chinh"), Map.of("agency", "so-xay-dung"));
    assertThat(CoordinationRules.missing(List.of("so-xay-dung", "so-tai-chinh"), inputs)).isEmpty();
    assertThat(CoordinationRules.missing(List.of(), List.of())).isEmpty();
  }

  @Test
  void anInputOfAnAgencyNotAskedLeavesTheAskedOnesMissing() {
    List<Map<String, Object>> inputs = List.of(Map.of("agency", "so-noi-vu"));
    assertThat(CoordinationRules.missing(List.of("so-tai-chinh"), inputs)).containsExactly("so-tai-chinh");
  }

  @Test
  void theLeadWaitsForMissingInputBeforeTheCoordinationDeadline() {
    assertThat(CoordinationRules.leadMayAnswer(List.of("so-tai-chinh"), Date.from(DUE), DUE.minusSeconds(1))).isFalse();
  }

  @Test
  void theLeadAnswersWithWhatItHasFromTheCoordinationDeadlineOn() {
    assertThat(CoordinationRules.leadMayAnswer(List.of("so-tai-chinh"), Date.from(DUE), DUE)).isTrue();
    assertThat(CoordinationRules.leadMayAnswer(List.of("so-tai-chinh"), Date.from(DUE), DUE.plusSeconds(3600))).isTrue();
  }

  @Test
  void theLeadAnswersAtOnceWhenNothingIsMissingOrNoCoordinationDeadlineIsSet() {
    assertThat(CoordinationRules.leadMayAnswer(List.of(), Date.from(DUE), DUE.minusSeconds(86_400))).isTrue();
    assertThat(CoordinationRules.leadMayAnswer(List.of("so-tai-chinh"), null, DUE.minusSeconds(86_400))).isTrue();
  }

  @Test
  void anInputIsLateOnlyAfterTheCoordinationDeadline() {
    assertThat(CoordinationRules.late(Date.from(DUE), DUE.minusSeconds(1))).isFalse();
    assertThat(CoordinationRules.late(Date.from(DUE), DUE)).isFalse();
    assertThat(CoordinationRules.late(Date.from(DUE), DUE.plusMillis(1))).isTrue();
    assertThat(CoordinationRules.late(null, DUE.plusSeconds(86_400))).isFalse();
  }
}
