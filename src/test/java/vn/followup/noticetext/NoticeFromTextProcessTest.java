package vn.followup.noticetext;

import vn.followup.notice.NoticeProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.followup.engine.FormInputException;
import vn.followup.noticetext.NoticeFromTextProcess.Elements;
import vn.followup.noticetext.NoticeFromTextProcess.Vars;
import vn.followup.support.ProcessTest;
import vn.followup.support.SeedNotice;
import vn.followup.support.ApplicationTestBase;

/**
 * {@code Process_NoticeFromText} as Tasklist drives it: the clerk pastes the seed notice's text
 * into the start form, finds the proposal in the review form (the registration form, filled in),
 * corrects it and submits; the notice is registered as corrected, with the reports the text asks
 * for. A text that is no notice, or a correction the registration refuses, stores nothing.
 */
@ProcessTest
class NoticeFromTextProcessTest extends ApplicationTestBase {

  static final String CLERK = "vanthu-vptu";
  static final String OFFICE = "van-phong-thanh-uy";

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
  }

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  /** Runs a step as the office's clerk in Tasklist, with the engine's authorizations. */
  private <T> T asClerk(java.util.function.Supplier<T> step) {
    identityService.setAuthentication(CLERK, List.of(OFFICE));
    try {
      return step.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void pastingTheSeedOpensTheReviewFormFilledWithTheProposal() {
    ProcessInstance paste = pasteSeed();

    assertThat(paste).isWaitingAt(Elements.TASK_REVIEW_PROPOSAL);
    Task review = review(paste);
    assertThat(review.getAssignee()).isEqualTo(CLERK);
    VariableMap form = asClerk(() -> formService.getTaskFormVariables(review.getId()));
    assertThat(form.getValue(NoticeProcess.Vars.NOTICE_ID_INPUT, String.class)).isEqualTo("xuan-tang-2021-11");
    assertThat(form.getValue(NoticeProcess.Vars.NOTICE_SYMBOL, String.class)).isEqualTo("TB/TU");
    assertThat(form.getValue(NoticeProcess.Vars.SIGNER_NAME, String.class)).isEqualTo("Đỗ Trường Sơn");
    SpinJsonNode items = (SpinJsonNode) form.getValue(NoticeProcess.Vars.ITEMS, Object.class);
    assertThat(items.elements()).hasSize(16);
    SpinJsonNode item173 = items.elements().get(8);
    assertThat(item173.prop("number").stringValue()).isEqualTo("1.7.3");
    assertThat(item173.prop("lead").stringValue()).isEqualTo("ubnd-xuan-tang");
    assertThat(item173.prop("completionDeadline").stringValue()).isEqualTo("giải quyết xong trong quý I năm 2022");
    assertThat(form.getValue(Vars.PROPOSAL_NOTES, String.class))
        .contains("• Nội dung 1.7.3 – cơ quan phối hợp: Gợi ý Công an thành phố Lào Cai phối hợp theo nội dung (\"nhân khẩu\")")
        .contains("• Số: Văn bản chưa có số");
    // The same points, each placed at its field of the form (Tasklist writes them under it).
    String placed = form.getValueTyped(Vars.PROPOSAL_FINDINGS).getValue().toString();
    assertThat(placed).contains("{\"item\":\"1.7.3\",\"field\":\"coordinators\",\"message\":\"Gợi ý Công an thành phố Lào Cai")
        .contains("{\"item\":null,\"field\":\"noticeNumber\",\"message\":\"Văn bản chưa có số");
    runtimeService.deleteProcessInstance(paste.getId(), "kiểm thử");
  }

  @Test
  void submittingTheCorrectedReviewFormRegistersTheNoticeWithItsReports() {
    ProcessInstance paste = pasteSeed();
    Task review = review(paste);
    String id = "tu-van-ban-" + UUID.randomUUID().toString().substring(0, 8);
    VariableMap corrected = asClerk(() -> formService.getTaskFormVariables(review.getId()));
    corrected.putValue(NoticeProcess.Vars.NOTICE_ID_INPUT, id);
    // Tasklist submits the form's fields; what the form only shows (the placed points) is not sent back.
    corrected.remove(Vars.PROPOSAL_FINDINGS);
    editItems(corrected, "\"trung-tam-ptqd\",\"ban-qlda\"]", "\"ban-qlda\"]");

    asClerk(() -> {
      formService.submitTaskForm(review.getId(), corrected);
      return null;
    });

    assertThat(paste).isEnded();
    assertThat(jdbc.queryForObject("select count(*) from followup_item where notice_id = ?", Integer.class, id))
        .isEqualTo(16);
    ProcessInstance notice = runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeProcess.KEY)
        .processInstanceBusinessKey(id).singleResult();
    assertThat((Boolean) runtimeService.getVariable(notice.getId(), NoticeProcess.Vars.HAS_REPORTS)).isTrue();
    assertThat((String) runtimeService.getVariable(notice.getId(), NoticeProcess.Vars.REGISTERED_BY)).isEqualTo(CLERK);
    String document = jdbc.queryForObject("select document from followup_notice where id = ?", String.class, id);
    assertThat(document).contains("\"onBehalfOf\":\"T/M Ban Thường vụ\"")
        .contains("báo cáo 6 tháng, 01 năm của cấp ủy trong năm 2022");
    assertThat(document.replace(" ", "")).contains("\"number\":\"1.7.5\"").doesNotContain("\"trung-tam-ptqd\",\"ban-qlda\"]}");
  }

  @Test
  void refusesAPastedTextThatIsNoNoticeAndStartsNothing() {
    String definition = definition();
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeFromTextProcess.KEY).count();

    assertThatThrownBy(() -> asClerk(() -> formService.submitStartForm(definition,
        Variables.createVariables().putValue(Vars.NOTICE_TEXT, "Kính gửi các đồng chí.\n\nĐề nghị nghiên cứu."))))
        .isInstanceOf(FormInputException.class)
        .hasStackTraceContaining("Không tìm thấy nội dung đánh số");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeFromTextProcess.KEY).count())
        .isEqualTo(before);
  }

  @Test
  void aCorrectionTheRegistrationRefusesKeepsTheReviewOpenAndStoresNothing() {
    ProcessInstance paste = pasteSeed();
    Task review = review(paste);
    String id = "tu-van-ban-sai-" + UUID.randomUUID().toString().substring(0, 8);
    VariableMap wrong = asClerk(() -> formService.getTaskFormVariables(review.getId()));
    wrong.putValue(NoticeProcess.Vars.NOTICE_ID_INPUT, id);
    // Tasklist submits the form's fields; what the form only shows (the placed points) is not sent back.
    wrong.remove(Vars.PROPOSAL_FINDINGS);
    editItems(wrong, "\"lead\":\"ubnd-thanh-pho\"", "\"lead\":\"khong-co\"");

    assertThatThrownBy(() -> asClerk(() -> {
      formService.submitTaskForm(review.getId(), wrong);
      return null;
    })).isInstanceOf(FormInputException.class)
        .hasStackTraceContaining("Chưa đăng ký được, hãy sửa: items[11].lead");
    assertThat(paste).isWaitingAt(Elements.TASK_REVIEW_PROPOSAL);
    assertThat(jdbc.queryForObject("select count(*) from followup_notice where id = ?", Integer.class, id)).isZero();
    runtimeService.deleteProcessInstance(paste.getId(), "kiểm thử");
  }

  /** Edits the repeating list as the clerk would in the form, by replacing text in its JSON. */
  private static void editItems(VariableMap form, String from, String to) {
    String items = ((SpinJsonNode) form.getValue(NoticeProcess.Vars.ITEMS, Object.class)).toString();
    assertThat(items).contains(from);
    form.putValueTyped(NoticeProcess.Vars.ITEMS, SpinValues.jsonValue(items.replace(from, to)).create());
  }

  private ProcessInstance pasteSeed() {
    String definition = definition();
    return asClerk(() -> formService.submitStartForm(definition,
        Variables.createVariables().putValue(Vars.NOTICE_TEXT, SeedNotice.text())));
  }

  private Task review(ProcessInstance paste) {
    return taskService.createTaskQuery().processInstanceId(paste.getId())
        .taskDefinitionKey(Elements.TASK_REVIEW_PROPOSAL).singleResult();
  }

  private String definition() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(NoticeFromTextProcess.KEY)
        .latestVersion().singleResult().getId();
  }

}
