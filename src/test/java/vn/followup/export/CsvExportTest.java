package vn.followup.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.followup.support.FastTest;

@FastTest
class CsvExportTest {

  @Test
  void writesUtf8WithAByteOrderMarkAndVietnameseDates() {
    Table table = new Table("Bảng", "I. TỔNG HỢP", List.of(Table.column("Cơ quan", 10), Table.column("Thời hạn", 10),
        Table.column("Tỷ lệ", 5), Table.column("Gia hạn", 5)),
        List.of(Arrays.asList("Ủy ban nhân dân thành phố", LocalDate.of(2021, 12, 30), new BigDecimal("66.7"), true)));

    byte[] csv = CsvExport.write(List.of("BÁO CÁO"), List.of(table));

    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFBÁO CÁO\r\n\r\nI. TỔNG HỢP\r\n"
        + "Cơ quan,Thời hạn,Tỷ lệ,Gia hạn\r\nỦy ban nhân dân thành phố,30/12/2021,66.7,Có\r\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "Số 45, ngày 20/12|\"Số 45, ngày 20/12\"",
      "Nói \"xong\"|\"Nói \"\"xong\"\"\"",
      "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"",
      "+84 912|'+84 912",
      "-12|-12",
      "@SUM(A1)|'@SUM(A1)"})
  void quotesSeparatorsAndDisarmsFormulas(String value, String written) {
    assertThat(CsvExport.quote(value)).isEqualTo(written);
  }
}
