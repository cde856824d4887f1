package vn.followup.followup;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.followup.followup.ItemProcess.Vars;

/**
 * {@code Task_DecideExtension}, on complete: the office approves or refuses, always with a reason.
 * The request is then cleared so the response form opens clean again.
 */
@Component
class DecideExtensionListener implements TaskListener {

  private final Actors actors;

  DecideExtensionListener(Actors actors) {
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    input.choice(Vars.EXTENSION_DECISION, "Quyết định", Map.of("APPROVE", "Đồng ý gia hạn", "REFUSE", "Không đồng ý"));
    input.requiredText(Vars.EXTENSION_DECISION_REASON, "Lý do", 2000);
    String decidedBy = actors.actingUser(task);
    ReviewRules.requireIndependent((String) task.getVariable(Vars.EXTENSION_REQUESTED_BY), decidedBy,
        "đề nghị gia hạn");
    task.setVariable(Vars.EXTENSION_DECIDED_BY, decidedBy);
    task.setVariable(Vars.EXTENSION_REQUESTED, false);
  }
}
