package vn.followup.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

@FastTest
class TaskTitlesTest {

  static final String ITEM_TEXT = "Nghiên cứu hỗ trợ, đầu tư cải tạo, nâng cấp tuyến đường liên thôn, đảm bảo đi lại "
      + "thuận tiện cho nhân dân.";

  @Test
  void namesAnItemsTaskByItsNumberAndTheFirstWordsOfItsText() {
    assertThat(TaskTitles.name("Tiếp nhận nội dung", "2.1.3", ITEM_TEXT, "Thông báo số 125-TB/TU"))
        .isEqualTo("Tiếp nhận nội dung 2.1.3 — Nghiên cứu hỗ trợ, đầu tư cải tạo, nâng cấp tuyến đường…");
  }

  @Test
  void keepsAShortTextWhole() {
    assertThat(TaskTitles.name("Cập nhật văn bản trả lời", "1.7", "Rà soát quy hoạch.", null))
        .isEqualTo("Cập nhật văn bản trả lời 1.7 — Rà soát quy hoạch.");
  }

  @Test
  void namesANoticesTaskByTheNotice() {
    assertThat(TaskTitles.name("Cấp số, ngày cho thông báo", null, null, "Thông báo kết luận Xuân Tăng 11/2021"))
        .isEqualTo("Cấp số, ngày cho thông báo — Thông báo kết luận Xuân Tăng 11/2021");
    assertThat(TaskTitles.name("Cấp số, ngày cho thông báo", " ", null, null)).isEqualTo("Cấp số, ngày cho thông báo");
  }

  @Test
  void fitsTheEnginesNameColumnWhateverTheTextsLength() {
    String name = TaskTitles.name("Thẩm định kết quả thực hiện", "12.3.4", "chữ ".repeat(2_000), null);

    assertThat(name).hasSizeLessThan(255).endsWith("…");
  }

  @Test
  void describesTheNoticeAndTheDeadline() {
    assertThat(TaskTitles.description("Thông báo số 125-TB/TU", "trả lời: hết ngày 30/12/2021"))
        .isEqualTo("Thông báo: Thông báo số 125-TB/TU\nThời hạn: trả lời: hết ngày 30/12/2021");
    assertThat(TaskTitles.description(null, " ")).isNull();
  }
}
