package vn.followup.noticetext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

/**
 * Documents the reader was not tuned on, written in the shapes Vietnamese direction documents
 * commonly take: lettered sub-items under a subject heading, an evaluation section that is not an
 * item, "1."/"1.1." with "-" bullets, an official letter of unnumbered "Giao …"/"Yêu cầu …"
 * paragraphs, Roman sections whose numbers start again, lines wrapped mid-sentence, a title on
 * several lines; and two texts that are not direction documents and are refused.
 */
@FastTest
class NewDocumentsTest {

  private static final NoticeTextParser PARSER = Parsers.shipped();

  @Test
  void lettered_directives_under_a_subject_heading_are_items_and_the_evaluation_section_is_not() {
    NoticeProposal read = read("01-ubnd-yen-bai-ket-luan-van-yen.txt");

    assertThat(read.document().summary()).startsWith(
        "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với huyện Văn Yên về tiến độ giải ngân");
    assertThat(read.readings()).hasSize(4);
    item(read, 0, "2", "Ủy ban nhân dân huyện Văn Yên", List.of(), LocalDate.of(2023, 6, 30));
    item(read, 1, "2", "Sở Kế hoạch và Đầu tư", List.of("Sở Tài chính"), LocalDate.of(2023, 7, 31));
    item(read, 2, "2", "Sở Giao thông vận tải", List.of(), LocalDate.of(2023, 9, 30));
    item(read, 3, "2", "Kho bạc Nhà nước tỉnh", List.of("các chủ đầu tư"));
    assertThat(read.document().items()).extracting(i -> i.number()).containsExactly("2.1", "2.2", "2.3", "2.4");
  }

  @Test
  void a_party_conclusion_reads_its_decimal_items_and_the_bullets_under_a_subject_heading() {
    NoticeProposal read = read("02-huyen-uy-thong-bao-ket-luan.txt");

    assertThat(read.document().summary()).isEqualTo(
        "Kết luận của Ban Thường vụ Huyện ủy về công tác chuyển đổi số năm 2024");
    assertThat(read.readings()).hasSize(4);
    item(read, 0, "1.1", "Ủy ban nhân dân huyện", List.of("Ban Tuyên giáo Huyện ủy"), LocalDate.of(2024, 3, 31));
    item(read, 1, "1.2", "Văn phòng Huyện ủy", List.of(), LocalDate.of(2024, 6, 30));
    item(read, 2, "2", "Ban Tuyên giáo Huyện ủy", List.of("Trung tâm Văn hóa, Thông tin và Thể thao huyện"));
    item(read, 3, "2", "Ủy ban Mặt trận Tổ quốc huyện", List.of(), LocalDate.of(2024, 6, 30));
  }

  @Test
  void an_official_letter_reads_each_unnumbered_directive_paragraph_and_not_its_addressees() {
    NoticeProposal read = read("03-ubnd-cong-van-kinh-gui.txt");

    assertThat(read.document().summary()).isEqualTo("Triển khai các biện pháp phòng, chống hạn hán vụ Hè Thu năm 2024");
    assertThat(read.readings()).hasSize(3);
    item(read, 0, null, "Sở Nông nghiệp và Phát triển nông thôn", List.of("Công ty TNHH MTV Thủy lợi Bắc Hà Tĩnh"),
        LocalDate.of(2024, 5, 10));
    item(read, 1, null, "Ủy ban nhân dân các huyện, thị xã, thành phố", List.of(), LocalDate.of(2024, 5, 31));
    item(read, 2, null, "Sở Tài nguyên và Môi trường", List.of());
  }

  @Test
  void numbers_that_start_again_under_roman_sections_are_read_under_their_section_and_the_evaluation_is_skipped() {
    NoticeProposal read = read("04-ubnd-thong-bao-muc-la-ma.txt");

    assertThat(read.document().summary()).startsWith("Ý kiến kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh");
    assertThat(read.readings()).hasSize(3);
    item(read, 0, "II.1", "Ủy ban nhân dân huyện Núi Thành", List.of("Sở Tài nguyên và Môi trường"),
        LocalDate.of(2024, 10, 15));
    item(read, 1, "II.2", "Ban Quản lý dự án đầu tư xây dựng tỉnh", List.of(), LocalDate.of(2024, 12, 31));
    item(read, 2, "II.3", "Sở Xây dựng", List.of());
    assertThat(read.document().items()).extracting(i -> i.number()).containsExactly("2.1", "2.2", "2.3");
  }

  @Test
  void lettered_points_under_headings_without_colon_are_items_only_when_they_direct_someone() {
    NoticeProposal read = read("05-ubnd-thong-bao-muc-khong-hai-cham.txt");

    assertThat(read.readings()).hasSize(3);
    item(read, 0, "2", "Sở Xây dựng", List.of(), LocalDate.of(2024, 8, 31));
    item(read, 1, "2", "Sở Kế hoạch và Đầu tư", List.of("Sở Tài chính"), LocalDate.of(2024, 9, 30));
    item(read, 2, "3", "Văn phòng Ủy ban nhân dân tỉnh", List.of());
  }

  @Test
  void lines_wrapped_mid_sentence_and_a_title_on_two_lines_are_read_whole() {
    NoticeProposal read = read("06-tinh-uy-dong-ngat-va-tieu-de-hai-dong.txt");

    assertThat(read.document().summary()).isEqualToIgnoringCase(
        "Kết luận của Thường trực Tỉnh ủy về tiến độ xây dựng khu công nghiệp Hiệp Hòa");
    assertThat(read.readings()).hasSize(3);
    item(read, 0, "1", "Ban cán sự đảng Ủy ban nhân dân tỉnh", List.of(), LocalDate.of(2023, 12, 31));
    item(read, 1, "2", "Sở Công Thương", List.of("Sở Kế hoạch và Đầu tư"), LocalDate.of(2024, 3, 31));
    item(read, 2, "3", "Đảng ủy Khối các cơ quan tỉnh", List.of());
    assertThat(read.document().items().get(1).text()).endsWith("báo cáo kết quả trong quý I năm 2024.");
  }

  @Test
  void a_news_article_is_refused() {
    assertThatThrownBy(() -> read("07-bai-bao.txt")).isInstanceOf(NoticeTextException.class);
  }

  @Test
  void a_table_of_figures_is_refused() {
    assertThatThrownBy(() -> read("08-bang-so-lieu.txt")).isInstanceOf(NoticeTextException.class);
  }

  private static void item(NoticeProposal read, int index, String label, String lead, List<String> coordinators,
      LocalDate... days) {
    ItemReading reading = read.readings().get(index);
    String as = "item " + index + " " + reading;
    assertThat(reading.label()).as(as).isEqualTo(label);
    assertThat(reading.leads()).as(as).containsExactly(lead);
    assertThat(reading.coordinators()).as(as).isEqualTo(coordinators);
    assertThat(reading.deadlines().stream().filter(d -> "DATED".equals(d.kind())).map(ItemReading.DeadlineFound::lastDay))
        .as(as).containsExactly(days);
  }

  private static NoticeProposal read(String name) {
    try (InputStream in = Objects.requireNonNull(NewDocumentsTest.class.getResourceAsStream("/noticetext/" + name), name)) {
      return PARSER.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
