package vn.followup.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

/** Refusals the webapps show as HTML never carry markup a user typed. */
@FastTest
class EngineRestErrorsTest {

  @Test
  void aRefusalRepeatingTypedMarkupReachesTheWebappsAsPlainText() {
    String typed = "<img src=x onerror=alert(1)>";
    var answer = EngineRestErrors.answer(new FormFieldValidationException("deadlinePhrase",
        "Không đọc được thời hạn «" + typed + "». Chưa có gì được lưu."));

    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) answer.getEntity();
    assertThat(answer.getStatus()).isEqualTo(400);
    assertThat(body.get("message")).asString().doesNotContain("<", ">")
        .contains("‹img src=x onerror=alert(1)›", "Chưa có gì được lưu.");
    assertThat(body.get("field")).isEqualTo("deadlinePhrase");
  }
}
