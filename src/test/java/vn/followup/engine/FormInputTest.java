package vn.followup.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

/** What {@link FormInput} accepts and refuses for an {@link InputRule}, and that the refusal names the field's label. */
@FastTest
class FormInputTest {

  private static final InputRule SIGNER = InputRule.text("responseSigner", "Người ký", 10).required();
  private static final InputRule NOTE = InputRule.text("note", "Ghi chú", 10);
  private static final InputRule NUMBER = InputRule.text("responseNumber", "Số văn bản", 20).required()
      .matching(FormInput.DOCUMENT_NUMBER, "125");
  private static final InputRule DATE = InputRule.date("responseDate", "Ngày văn bản").required();
  private static final InputRule STATE = InputRule.choice("state", "Tình trạng thực hiện");
  private static final InputRule UNITS = InputRule.list("units", "Đơn vị");

  private final Map<String, Object> submitted = new HashMap<>();

  private FormInput input() {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> submitted.get(call.<String>getArgument(0)));
    when(scope.getVariableTyped(anyString())).thenAnswer(call -> {
      Object value = submitted.get(call.<String>getArgument(0));
      return value == null ? null : Variables.untypedValue(value);
    });
    return FormInput.of(scope, "Chưa có gì được thay đổi.");
  }

  @Test
  void aRequiredTextIsRefusedMissingOrBlankWithItsLabelAndTheNote() {
    assertThatThrownBy(() -> input().text(SIGNER)).isInstanceOf(FormInputException.class)
        .hasMessage("Người ký là bắt buộc. Chưa có gì được thay đổi.");
    submitted.put("responseSigner", "   ");
    assertThatThrownBy(() -> input().text(SIGNER)).hasMessageStartingWith("Người ký là bắt buộc.");
    submitted.put("responseSigner", "Nguyễn Văn A");
    assertThatThrownBy(() -> input().text(SIGNER))
        .hasMessageStartingWith("Người ký dài tối đa 10 ký tự (hiện có 12).");
    submitted.put("responseSigner", "Lê Thị B");
    assertThat(input().text(SIGNER)).isEqualTo("Lê Thị B");
  }

  @Test
  void anOptionalTextMayBeMissingButNotTooLongNorControlCharactersNorANumber() {
    assertThat(input().text(NOTE)).isNull();
    assertThat(input().strippedText(NOTE)).isNull();
    submitted.put("note", "  ");
    assertThat(input().strippedText(NOTE)).isNull();
    submitted.put("note", "a\u0007b");
    assertThatThrownBy(() -> input().text(NOTE)).hasMessageStartingWith("Ghi chú chứa ký tự điều khiển không hợp lệ.");
    submitted.put("note", 42);
    assertThatThrownBy(() -> input().text(NOTE)).hasMessageStartingWith("Ghi chú phải là văn bản.");
    submitted.put("note", " xong ");
    assertThat(input().text(NOTE)).isEqualTo(" xong ");
    assertThat(input().strippedText(NOTE)).isEqualTo("xong");
  }

  @Test
  void aPatternIsMatchedWithoutSurroundingSpacesAndItsRefusalGivesTheExample() {
    submitted.put("responseNumber", " 125 ");
    assertThat(input().text(NUMBER)).isEqualTo("125");
    submitted.put("responseNumber", "12/5");
    assertThatThrownBy(() -> input().text(NUMBER)).hasMessageStartingWith("Số văn bản không đúng dạng (ví dụ: 125).");
    submitted.put("responseNumber", "");
    assertThatThrownBy(() -> input().text(NUMBER)).hasMessageStartingWith("Số văn bản là bắt buộc.");
  }

  @Test
  void datesAreReadAsFormJsSubmitsThemAndCannotBeAfterTheLatestDay() {
    submitted.put("responseDate", "2021-12-20T00:00:00.000Z");
    assertThat(input().date(DATE)).isEqualTo(LocalDate.of(2021, 12, 20));
    assertThat(input().dateNotAfter(DATE, LocalDate.of(2021, 12, 20))).isEqualTo(LocalDate.of(2021, 12, 20));
    assertThatThrownBy(() -> input().dateNotAfter(DATE, LocalDate.of(2021, 12, 19)))
        .hasMessageStartingWith("Ngày văn bản không được sau ngày hôm nay.");
    // Read strictly: a day that does not exist is refused, never rolled over to the next month.
    for (String impossible : new String[] {"2027-02-31", "2026-13-32", "2026-02-29T00:00:00.000Z", "2026-04-31"}) {
      submitted.put("responseDate", impossible);
      assertThatThrownBy(() -> input().date(DATE)).as(impossible).hasMessageContaining("không có thật");
    }
    submitted.put("responseDate", "2027-02-31");
    assertThatThrownBy(() -> input().date(DATE)).hasMessageStartingWith("Ngày văn bản: ngày 31/02/2027 không có thật.");
    submitted.put("responseDate", "2028-02-29");
    assertThat(input().date(DATE)).isEqualTo(LocalDate.of(2028, 2, 29));
    submitted.put("responseDate", "20/12/2021");
    assertThatThrownBy(() -> input().date(DATE)).hasMessageStartingWith("Ngày văn bản phải là ngày dạng YYYY-MM-DD.");
    submitted.remove("responseDate");
    assertThatThrownBy(() -> input().date(DATE)).hasMessageStartingWith("Ngày văn bản là bắt buộc.");
    assertThat(input().date(InputRule.date("responseDate", "Ngày văn bản"))).isNull();
  }

  @Test
  void aChoiceIsOneOfItsCodesAndTheRefusalListsTheLabels() {
    Map<String, String> states = Map.of("DONE", "Đã hoàn thành");
    submitted.put("state", "DONE");
    assertThat(input().choice(STATE, states)).isEqualTo("DONE");
    submitted.put("state", "Đã hoàn thành");
    assertThatThrownBy(() -> input().choice(STATE, states))
        .hasMessageStartingWith("Tình trạng thực hiện phải là một trong: Đã hoàn thành.");
  }

  @Test
  void aListIsReadFromItsJsonTextAndRefusedOtherwise() {
    assertThat(input().list(UNITS, "danh sách mã đơn vị")).isEmpty();
    submitted.put("units", "[\"a\",\"b\"]");
    assertThat(input().list(UNITS, "danh sách mã đơn vị")).containsExactly("a", "b");
    submitted.put("units", List.of("c"));
    assertThat(input().list(UNITS, "danh sách mã đơn vị")).containsExactly("c");
    submitted.put("units", "{\"a\":1}");
    assertThatThrownBy(() -> input().list(UNITS, "danh sách mã đơn vị"))
        .hasMessageStartingWith("Đơn vị phải là danh sách mã đơn vị.");
  }
}
