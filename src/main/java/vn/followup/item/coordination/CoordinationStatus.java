package vn.followup.item.coordination;

import vn.followup.item.ItemEvents;
import vn.followup.item.ItemProcess.Values;
import vn.followup.deadline.DeadlineTexts;
import vn.followup.engine.EngineClock;
import vn.followup.engine.JsonVariables;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.followup.deadline.DeadlineSchedule;
import vn.followup.item.ItemProcess.Vars;
import org.springframework.context.ApplicationEventPublisher;
import vn.followup.organisation.AgencyRegistry;

/**
 * Reads and writes what an item records of its coordination: which agencies were asked, which
 * gave input (and whether late), which are late without input, and the summary the lead and the
 * office read in their forms.
 */
@Component
public class CoordinationStatus {

  private final AgencyRegistry agencies;
  private final JsonVariables json;
  private final ApplicationEventPublisher events;
  private final DeadlineSchedule schedule;

  CoordinationStatus(AgencyRegistry agencies, JsonVariables json, ApplicationEventPublisher events,
      DeadlineSchedule schedule) {
    this.schedule = schedule;
    this.agencies = agencies;
    this.json = json;
    this.events = events;
  }

  List<String> coordinators(VariableScope item) {
    List<String> ids = new ArrayList<>();
    if (item.getVariable(Vars.COORDINATING_AGENCIES) instanceof SpinJsonNode node) {
      node.elements().forEach(element -> ids.add(element.stringValue()));
    }
    return ids;
  }

  List<Map<String, Object>> inputs(VariableScope item) {
    return json.list(item, Vars.COORDINATION_INPUTS);
  }

  public List<String> missing(VariableScope item) {
    return CoordinationRules.missing(coordinators(item), inputs(item));
  }

  String names(List<String> ids) {
    return String.join("; ", ids.stream().map(id -> agencies.require(id).name()).toList());
  }

  /** "hết ngày 23/12/2021": the coordination deadline as an office writes it. */
  String dueText(Date due) {
    return schedule.endText(due);
  }

  void remind(DelegateExecution item, List<String> missing) {
    events.publishEvent(new ItemEvents.CoordinationDueSoon(ItemEvents.Subject.of(item.getProcessInstance()),
        missing));
  }

  /** Rewrites the summary of inputs (late ones marked) and of the agencies still without input past the deadline. */
  void summarise(VariableScope item) {
    StringBuilder summary = new StringBuilder();
    inputs(item).forEach(each -> summary.append(each.get("agencyName")).append(" (").append(each.get("at"))
        .append(Boolean.TRUE.equals(each.get("late")) ? ", quá hạn phối hợp" : "").append("): ")
        .append(each.get("input")).append("\n\n"));
    Date due = Values.COORDINATION_DUE_AT.get(item);
    List<String> missing = missing(item);
    if (!missing.isEmpty() && due != null && !EngineClock.now().isBefore(due.toInstant())) {
      summary.append("Chưa có ý kiến (quá hạn phối hợp, ").append(dueText(due)).append("): ")
          .append(names(missing)).append('.');
    }
    String text = summary.toString().trim();
    Values.COORDINATION_SUMMARY.set(item, text.length() > 4000 ? text.substring(0, 3990) + " …" : text);
  }
}
