package vn.followup.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import vn.followup.followup.ItemProcess.Elements;
import vn.followup.followup.ItemProcess.Vars;

/**
 * The lifecycle state of items (đã giao → đang thực hiện → chờ thẩm định → đã đóng), read from the
 * engine: the running instance's current activities, or the finished instance's history.
 */
@Service
public class ItemStatusService {

  private static final List<String> RESPONSE_VARIABLES = List.of(Vars.OVERDUE, Vars.RESPONSE_NUMBER,
      Vars.RESPONSE_SYMBOL, Vars.RESPONSE_DATE, Vars.CLOSURE_OUTCOME);

  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  ItemStatusService(RuntimeService runtimeService, HistoryService historyService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  public Map<String, ItemState> states(List<String> businessKeys) {
    Map<String, ItemState> states = new LinkedHashMap<>();
    businessKeys.forEach(key -> states.put(key, state(key)));
    return states;
  }

  private ItemState state(String businessKey) {
    ProcessInstance running = runtimeService.createProcessInstanceQuery().processDefinitionKey(ItemProcess.KEY)
        .processInstanceBusinessKey(businessKey).singleResult();
    if (running != null) {
      Map<String, Object> vars = runtimeService.getVariables(running.getId(), RESPONSE_VARIABLES);
      List<String> active = runtimeService.getActiveActivityIds(running.getId());
      String code = lifecycle(active);
      return new ItemState(businessKey, code, label(code), Boolean.TRUE.equals(vars.get(Vars.OVERDUE)),
          document(vars), null);
    }
    HistoricProcessInstance finished = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ItemProcess.KEY).processInstanceBusinessKey(businessKey).singleResult();
    if (finished == null) {
      return new ItemState(businessKey, "NOT_STARTED", label("NOT_STARTED"), false, null, null);
    }
    Map<String, Object> vars = new LinkedHashMap<>();
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(finished.getId()).variableNameIn(RESPONSE_VARIABLES.toArray(String[]::new)).list()) {
      vars.put(variable.getName(), variable.getValue());
    }
    return new ItemState(businessKey, "CLOSED", label("CLOSED"), false, document(vars),
        (String) vars.get(Vars.CLOSURE_OUTCOME));
  }

  private static String lifecycle(List<String> active) {
    if (active.contains(Elements.TASK_CLOSE)) {
      return "AWAITING_CLOSURE";
    }
    if (active.contains(Elements.TASK_REVIEW_RESPONSE) || active.contains(Elements.TASK_REVIEW_FINAL_REPORT)) {
      return "AWAITING_REVIEW";
    }
    if (active.contains(Elements.TASK_REPORT_PROGRESS) || active.contains(Elements.TIMER_QUARTER_END)) {
      return "IMPLEMENTING";
    }
    if (active.contains(Elements.TASK_RECEIVE)) {
      return "ASSIGNED";
    }
    if (active.contains(Elements.EVENT_NOTICE_NUMBERED)) {
      return "WAITING_NUMBER";
    }
    return "IN_PROGRESS";
  }

  static String label(String code) {
    return switch (code) {
      case "WAITING_NUMBER" -> "Chờ cấp số thông báo";
      case "ASSIGNED" -> "Đã giao, chờ tiếp nhận";
      case "IN_PROGRESS" -> "Đang thực hiện";
      case "AWAITING_REVIEW" -> "Đã có văn bản trả lời, chờ thẩm định";
      case "IMPLEMENTING" -> "Đang thực hiện, báo cáo tiến độ hằng quý";
      case "AWAITING_CLOSURE" -> "Chờ đóng";
      case "CLOSED" -> "Đã đóng";
      default -> "Chưa bắt đầu";
    };
  }

  private static String document(Map<String, Object> vars) {
    Object number = vars.get(Vars.RESPONSE_NUMBER);
    if (number == null) {
      return null;
    }
    return number + "/" + vars.get(Vars.RESPONSE_SYMBOL) + " ngày " + vars.get(Vars.RESPONSE_DATE);
  }
}
