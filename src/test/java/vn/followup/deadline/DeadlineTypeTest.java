package vn.followup.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

@FastTest
class DeadlineTypeTest {

  @Test
  void parsesOnlyTheStoredNames() {
    assertThat(DeadlineType.parse("RESPONSE")).contains(DeadlineType.RESPONSE);
    assertThat(DeadlineType.parse("COMPLETION")).contains(DeadlineType.COMPLETION);
    assertThat(DeadlineType.parse("response")).isEmpty();
    assertThat(DeadlineType.parse(" RESPONSE")).isEmpty();
    assertThat(DeadlineType.parse("Hạn trả lời bằng văn bản")).isEmpty();
    assertThat(DeadlineType.parse(null)).isEmpty();
  }

  @Test
  void labelReadsAtTheStartOfALineAndInsideASentence() {
    assertThat(DeadlineType.RESPONSE.label()).isEqualTo("Hạn trả lời bằng văn bản");
    assertThat(DeadlineType.RESPONSE.inSentence()).isEqualTo("hạn trả lời bằng văn bản");
    assertThat(DeadlineType.COMPLETION.inSentence()).isEqualTo("hạn hoàn thành");
    assertThat(DeadlineType.labels()).isEqualTo("Hạn trả lời bằng văn bản, Hạn hoàn thành");
  }
}
