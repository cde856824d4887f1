package vn.followup.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.followup.export.Table;
import vn.followup.item.ClosureOutcome;
import vn.followup.report.StatusReport.Totals;
import vn.followup.support.FastTest;

@FastTest
class ReportHeadingsTest {

  private static final Totals TOTALS = new Totals(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, new BigDecimal("2.5"),
      new BigDecimal("1.5"));

  @Test
  void everyFigureIsOneComponentOfTheTotalsInTheirOrder() {
    assertThat(Arrays.stream(Figure.values()).map(Figure::key))
        .containsExactlyElementsOf(Arrays.stream(Totals.class.getRecordComponents()).map(RecordComponent::getName).toList());
    assertThat(Arrays.stream(Figure.values()).map(figure -> figure.of(TOTALS)))
        .containsExactly(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, new BigDecimal("2.5"), new BigDecimal("1.5"));
  }

  @Test
  void theCategoriesAreHeadedByTheirTimelinessLabelsAndTheClosureOutcomesWords() {
    assertThat(Figure.DONE_ON_TIME.label()).isEqualTo(Timeliness.DONE_ON_TIME.label())
        .isEqualTo(ClosureOutcome.COMPLETED_ON_TIME.label()).isEqualTo("Hoàn thành đúng hạn");
    assertThat(Figure.OPEN_EXTENDED.label()).isEqualTo("Đã gia hạn – chưa hoàn thành, trong hạn mới");
    assertThat(Lifecycle.STOPPED.label()).isEqualTo(Figure.STOPPED.label()).isEqualTo("Dừng thực hiện");
    assertThat(Figure.OVERDUE_SHARE.share()).isTrue();
    assertThat(Figure.EXTENDED.share()).isFalse();
  }

  @Test
  void theFilesAndTheDashboardReadTheSameHeadings() throws Exception {
    StatusReport report = new StatusReport(LocalDate.of(2022, 6, 30), Instant.parse("2022-06-30T17:00:00Z"),
        Instant.parse("2022-07-01T01:00:00Z"), TOTALS, List.of(new StatusReport.AgencyRow(1, "ubnd-xa-a",
        "UBND xã A", TOTALS)), List.of(), List.of(), List.of(), 7);
    List<Table> tables = StatusReportTables.tables(report);
    List<String> summaryHeadings = tables.get(0).columns().stream().map(Table.Column::heading).toList();
    List<String> agencyHeadings = tables.get(1).columns().stream().map(Table.Column::heading).toList();
    JsonNode json = new ObjectMapper().registerModule(new JavaTimeModule()).valueToTree(report);

    List<String> figureLabels = json.get("figures").findValuesAsText("label");
    assertThat(figureLabels).isEqualTo(summaryHeadings);
    assertThat(agencyHeadings).containsExactlyElementsOf(
        concat(List.of(json.get("columns").get("rank").asText(), json.get("columns").get("leadAgency").asText()),
            figureLabels));
    assertThat(json.get("figures").get(11).get("key").asText()).isEqualTo("overdueShare");
    assertThat(json.get("figures").get(11).get("share").asBoolean()).isTrue();
    assertThat(json.get("columns").get("itemNumber").asText()).isEqualTo("Nội dung số");
    assertThat(tables.get(2).columns().get(1).heading()).isEqualTo(ReportColumn.ITEM_NUMBER.label());
    assertThat(tables.get(1).rows().get(0)).containsExactly(1, "UBND xã A", 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2,
        new BigDecimal("2.5"), new BigDecimal("1.5"));
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }
}
