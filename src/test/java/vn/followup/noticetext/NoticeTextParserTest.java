package vn.followup.noticetext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.followup.support.SeedNotice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.followup.setup.DemoNotice;
import vn.followup.notice.NoticeDocument;
import vn.followup.notice.NoticeDocument.Item;
import vn.followup.organisation.Folding;
import vn.followup.support.FastTest;

/**
 * The notice-text reader on the seed notice, whose proposal must equal the demo notice file field
 * by field, and on texts that test its edges: hard-wrapped lines, page numbers, no diacritics,
 * names not in the registry, and input that is not a notice at all.
 */
@FastTest
class NoticeTextParserTest {

  private static final NoticeTextParser PARSER = Parsers.shipped();
  private static final NoticeDocument DEMO = DemoNotice.load();

  @Test
  void readsTheSeedNoticeIntoExactlyTheItemsOfTheDemoFile() {
    NoticeDocument proposed = PARSER.parse(SeedNotice.text()).document();

    assertThat(proposed.items()).extracting(Item::number).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "1.6",
        "1.7.1", "1.7.2", "1.7.3", "1.7.4", "1.7.5", "2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.1.5");
    for (int i = 0; i < DEMO.items().size(); i++) {
      Item expected = DEMO.items().get(i);
      Item actual = proposed.items().get(i);
      String item = "item " + expected.number();
      assertThat(actual.text()).as(item + " text").isEqualTo(expected.text());
      assertThat(actual.kind()).as(item + " kind").isEqualTo(expected.kind());
      assertThat(actual.lead()).as(item + " lead").isEqualTo(expected.lead());
      assertThat(actual.coordinators()).as(item + " coordinators").isEqualTo(expected.coordinators());
      assertThat(actual.deadlines()).as(item + " deadlines").isEqualTo(expected.deadlines());
      assertThat(actual.proposer()).as(item + " proposer").isEqualTo(expected.proposer());
    }
    assertThat(proposed.reports()).isEqualTo(DEMO.reports());
  }

  @Test
  void readsTheSeedHeadingAndSignatureAsTheDemoFileStatesThem() {
    NoticeDocument proposed = PARSER.parse(SeedNotice.text()).document();

    assertThat(proposed).extracting(NoticeDocument::id, NoticeDocument::number, NoticeDocument::symbol,
        NoticeDocument::date, NoticeDocument::place, NoticeDocument::issuer, NoticeDocument::signer, NoticeDocument::summary)
        .containsExactly(DEMO.id(), DEMO.number(), DEMO.symbol(), DEMO.date(), DEMO.place(), DEMO.issuer(), DEMO.signer(),
            DEMO.summary());
  }

  @Test
  void pointsEachFieldAtTheWordsItCameFrom() {
    String seed = SeedNotice.text();
    NoticeProposal proposal = PARSER.parse(seed);

    assertThat(proposal.sources()).anySatisfy(span -> {
      assertThat(span.field()).isEqualTo("items[6].coordinators");
      assertThat(span.text()).isEqualTo("Phòng TN&MT thành phố");
      assertThat(seed.substring(span.start(), span.end())).isEqualTo("Phòng TN&MT thành phố");
    });
    assertThat(proposal.sources()).anySatisfy(span -> {
      assertThat(span.field()).isEqualTo("items[6].lead");
      assertThat(seed.substring(span.start(), span.end())).isEqualTo("UBND phường Xuân Tăng");
    });
    assertThat(proposal.sources()).anySatisfy(span -> {
      assertThat(span.field()).isEqualTo("items[7].deadlines");
      assertThat(seed.substring(span.start(), span.end())).isEqualTo("hoàn thành dứt điểm trong quý III năm 2022");
    });
    assertThat(proposal.findings()).anySatisfy(finding -> {
      assertThat(finding.field()).isEqualTo("items[8].coordinators");
      assertThat(finding.message()).startsWith("Gợi ý Công an thành phố Lào Cai phối hợp");
      assertThat(seed.substring(finding.start(), finding.end())).isEqualTo("nhân khẩu");
    });
  }

  @Test
  void joinsTheItemBrokenByThePageBreakAndDropsPageNumbers() {
    String item = DEMO.items().get(3).text();
    String broken = SeedNotice.text().replace("đạt tiêu chuẩn nếp sống văn\n\nhóa.", "đạt tiêu chuẩn nếp sống văn\n\n- 2 -\n\nhóa.");

    assertThat(PARSER.parse(broken).document().items().get(3).text()).isEqualTo(item);
  }

  @Test
  void joinsLinesWrappedInsideAParagraph() {
    String text = """
        THÔNG BÁO
        KẾT LUẬN CỦA THƯỜNG TRỰC THÀNH ỦY

        1. UBND thành phố chỉ đạo:

        1.1. Chủ trì phối hợp với Phòng Tài nguyên và Môi trường
        rà soát hồ sơ đất đai, hoàn thành
        trong quý IV năm 2026.
        """;

    Item item = PARSER.parse(text).document().items().get(0);

    assertThat(item.text()).isEqualTo("Chủ trì phối hợp với Phòng Tài nguyên và Môi trường rà soát hồ sơ đất đai, "
        + "hoàn thành trong quý IV năm 2026.");
    assertThat(item.lead()).isEqualTo("ubnd-thanh-pho");
    assertThat(item.coordinators()).containsExactly("phong-tnmt");
    assertThat(item.deadlines()).extracting(NoticeDocument.DeadlineEntry::phrase)
        .containsExactly("hoàn thành trong quý IV năm 2026");
  }

  @Test
  void readsTheSeedTypedWithoutDiacriticsTheSameWay() {
    NoticeDocument plain = PARSER.parse(withoutDiacritics(SeedNotice.text())).document();

    assertThat(plain.items()).hasSameSizeAs(DEMO.items());
    IntStream.range(0, DEMO.items().size()).forEach(i -> {
      Item expected = DEMO.items().get(i);
      Item actual = plain.items().get(i);
      assertThat(actual.lead()).as(expected.number()).isEqualTo(expected.lead());
      assertThat(actual.coordinators()).as(expected.number()).isEqualTo(expected.coordinators());
      assertThat(actual.kind()).as(expected.number()).isEqualTo(expected.kind());
      assertThat(actual.deadlines().stream().map(d -> d.type() + " " + Folding.fold(d.phrase())).toList())
          .as(expected.number())
          .isEqualTo(expected.deadlines().stream().map(d -> d.type() + " " + Folding.fold(d.phrase())).toList());
    });
  }

  @Test
  void reportsANameItCannotFindInTheRegistryInsteadOfDroppingIt() {
    String text = """
        THÔNG BÁO KẾT LUẬN CỦA THƯỜNG TRỰC THÀNH ỦY

        1. UBND thành phố chỉ đạo

        1.1. Chủ trì phối hợp với Sở Du lịch tỉnh xây dựng kế hoạch, xong trước 31/3/2026.

        1.2. Phòng Văn hóa và Thông tin chủ trì tổ chức tuyên truyền.
        """;

    NoticeProposal proposal = PARSER.parse(text);

    assertThat(proposal.document().items().get(0).coordinators()).isEmpty();
    assertThat(proposal.findings()).anySatisfy(finding -> {
      assertThat(finding.field()).isEqualTo("items[0].coordinators");
      assertThat(finding.message()).contains("không có trong danh mục");
      assertThat(finding.text()).isEqualTo("Sở Du lịch tỉnh");
    });
    assertThat(proposal.document().items().get(0).deadlines()).extracting(NoticeDocument.DeadlineEntry::phrase)
        .containsExactly("xong trước 31/3/2026");
  }

  @Test
  void neverTakesACitedDateForADeadline() {
    String text = """
        THÔNG BÁO

        1. Đảng ủy phường Xuân Tăng:

        1.1. Tiếp tục thực hiện có hiệu quả Chỉ thị 03-CT/TU, ngày 26/10/2020 của Thành ủy.
        """;

    assertThat(PARSER.parse(text).document().items().get(0).deadlines()).isEmpty();
  }

  @Test
  void reportsAPhraseTheDeadlineReaderRefuses() {
    String text = """
        THÔNG BÁO

        1. UBND thành phố chỉ đạo

        1.1. Rà soát hồ sơ, hoàn thành trước 31/02/2026.
        """;

    NoticeProposal proposal = PARSER.parse(text);

    assertThat(proposal.document().items().get(0).deadlines()).isEmpty();
    assertThat(proposal.findings()).anySatisfy(finding -> {
      assertThat(finding.field()).isEqualTo("items[0].deadlines");
      assertThat(finding.message()).startsWith("Không đọc được thời hạn \"hoàn thành trước 31/02/2026\"");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n\n  ", "Kính gửi các đồng chí.\n\nĐề nghị nghiên cứu.", "\u0000\u0001PK\u0003\u0004"})
  void refusesTextThatIsNotANoticeWithAReason(String text) {
    assertThatThrownBy(() -> PARSER.parse(text)).isInstanceOf(NoticeTextException.class)
        .hasMessageMatching("(Văn bản trống|Không tìm thấy nội dung đánh số|Nội dung không phải văn bản thuần).*");
  }

  @Test
  void refusesFiveMegabytesOfText() {
    String huge = "1.1. Nội dung. ".repeat(5 * 1024 * 1024 / 15);

    assertThatThrownBy(() -> PARSER.parse(huge)).isInstanceOf(NoticeTextException.class)
        .hasMessageContaining("quá giới hạn");
  }

  @Test
  void readsAnOfficialLetterWhoseDirectivesAreUnnumberedParagraphs() {
    String text = """
        ỦY BAN NHÂN DÂN
        TỈNH YÊN BÁI
        Số: 512/UBND-XD
        V/v rà soát nhà ở xuống cấp
        Yên Bái, ngày 05 tháng 3 năm 2024

        Kính gửi:
        - Sở Xây dựng;
        - Ủy ban nhân dân các huyện, thị xã, thành phố.

        Xét đề nghị của Sở Xây dựng tại Tờ trình số 18/TTr-SXD ngày 20/02/2024, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
        Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính và Bộ Chỉ huy Quân sự tỉnh rà soát nhà ở xuống cấp, báo cáo Ủy ban nhân dân tỉnh trước 30/6.
        Ủy ban nhân dân các huyện, thị xã, thành phố khẩn trương thống kê nhà ở xuống cấp trên địa bàn, gửi Sở Xây dựng chậm nhất ngày 15 tháng 4 năm 2024.
        Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan biết, thực hiện./.
        """;

    NoticeProposal proposal = PARSER.parse(text);

    assertThat(proposal.document()).extracting(NoticeDocument::number, NoticeDocument::symbol, NoticeDocument::date)
        .containsExactly("512", "UBND-XD", java.time.LocalDate.of(2024, 3, 5));
    assertThat(proposal.document().summary()).isEqualTo("Rà soát nhà ở xuống cấp");
    assertThat(numbers(proposal.document())).containsExactly("1", "2");
    assertThat(proposal.readings()).extracting(ItemReading::label).containsOnlyNulls();
    assertThat(proposal.readings().get(0).leads()).containsExactly("Sở Xây dựng");
    assertThat(proposal.readings().get(0).coordinators()).containsExactly("Sở Tài chính", "Bộ Chỉ huy Quân sự tỉnh");
    assertThat(proposal.readings().get(0).deadlines()).singleElement().satisfies(deadline -> {
      assertThat(deadline.phrase()).isEqualTo("trước 30/6");
      assertThat(deadline.lastDay()).isEqualTo(java.time.LocalDate.of(2024, 6, 30));
      assertThat(deadline.rule()).isEqualTo("BEFORE_DATE+DOCUMENT_YEAR");
    });
    assertThat(proposal.readings().get(1).leads()).containsExactly("Ủy ban nhân dân các huyện, thị xã, thành phố");
    assertThat(proposal.readings().get(1).deadlines()).extracting(ItemReading.DeadlineFound::phrase)
        .containsExactly("khẩn trương", "chậm nhất ngày 15 tháng 4 năm 2024");
    assertThat(proposal.document().items().get(1).deadlines()).extracting(NoticeDocument.DeadlineEntry::phrase)
        .containsExactly("chậm nhất ngày 15 tháng 4 năm 2024");
  }

  @Test
  void proposesANameTheRegistryDoesNotKnowAsWrittenAndNeverMapsItToAnAgencyOfTheSameWords() {
    String text = """
        THÔNG BÁO

        1. Bộ Tài nguyên và Môi trường chủ trì, phối hợp với Công an tỉnh rà soát hồ sơ, xong trước 31/3/2026.
        """;

    NoticeProposal proposal = PARSER.parse(text);

    Item item = proposal.document().items().get(0);
    assertThat(item.lead()).isNull();
    assertThat(item.coordinators()).isEmpty();
    assertThat(proposal.readings().get(0).leads()).containsExactly("Bộ Tài nguyên và Môi trường");
    assertThat(proposal.readings().get(0).coordinators()).containsExactly("Công an tỉnh");
    assertThat(proposal.findings()).anySatisfy(finding -> {
      assertThat(finding.field()).isEqualTo("items[0].lead");
      assertThat(finding.message()).contains("\"Bộ Tài nguyên và Môi trường\"").contains("không có trong danh mục");
    });
    assertThat(proposal.findings()).anySatisfy(finding -> assertThat(finding.text()).isEqualTo("Công an tỉnh"));
  }

  @Test
  void readsBulletsUnderAHeadingThatNamesTheAddresseeAsItsItems() {
    String text = """
        THÔNG BÁO
        Lào Cai, ngày 10 tháng 6 năm 2026
        1. Sở Công Thương
        - Chủ trì, phối hợp với các cơ quan liên quan rà soát các cụm công nghiệp; hoàn thành trước ngày 31/12/2026.
        - Định kỳ hằng quý tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
        2. Các sở, ngành, địa phương
        a) Thực hiện Nghị quyết số 34-NQ/TU ngày 27/12/2025 của Ban Thường vụ Tỉnh ủy trong năm 2026.
        """;

    NoticeProposal proposal = PARSER.parse(text);

    assertThat(numbers(proposal.document())).containsExactly("1.1", "1.2", "2.1");
    assertThat(proposal.readings()).extracting(ItemReading::label).containsExactly("1", "1", "2");
    assertThat(proposal.readings()).extracting(ItemReading::leads)
        .containsExactly(List.of("Sở Công Thương"), List.of("Sở Công Thương"), List.of("Các sở, ngành, địa phương"));
    assertThat(proposal.readings().get(0).coordinators()).containsExactly("các cơ quan liên quan");
    assertThat(proposal.readings().get(0).deadlines()).extracting(ItemReading.DeadlineFound::lastDay)
        .containsExactly(java.time.LocalDate.of(2026, 12, 31));
    assertThat(proposal.readings().get(1).deadlines()).extracting(ItemReading.DeadlineFound::rule).containsExactly("PERIODIC");
    assertThat(proposal.readings().get(2).deadlines()).as("a cited resolution's date and a plan year are no deadline")
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Sáng 12/3, Bộ Tài chính tổ chức hội nghị tổng kết năm 2023. Bộ trưởng cho biết thu ngân sách vượt dự toán.\n"
          + "Theo báo cáo, Bộ Tài chính đã hoàn thành 95% kế hoạch; Sở Tài chính các tỉnh được biểu dương.",
      "Chỉ tiêu | Năm 2022 | Năm 2023\nThu ngân sách | 1.200 | 1.350\nChi thường xuyên | 900 | 950\nTỷ lệ giải ngân | 85% | 91%"})
  void refusesANewsArticleOrATableOfFiguresWithAVietnameseReason(String text) {
    assertThatThrownBy(() -> PARSER.parse(text)).isInstanceOf(NoticeTextException.class)
        .hasMessageStartingWith("Không tìm thấy nội dung đánh số nào")
        .hasMessageContaining("văn bản chỉ đạo");
  }

  static String withoutDiacritics(String text) {
    StringBuilder plain = new StringBuilder();
    String folded = Folding.fold(text);
    for (int i = 0; i < text.length(); i++) {
      char original = text.charAt(i);
      char base = folded.charAt(i);
      plain.append(Character.isUpperCase(original) ? Character.toUpperCase(base) : base);
    }
    return plain.toString();
  }

  static List<String> numbers(NoticeDocument document) {
    return document.items().stream().map(Item::number).toList();
  }
}
