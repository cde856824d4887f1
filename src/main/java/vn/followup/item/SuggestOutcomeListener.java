package vn.followup.item;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.followup.item.ItemProcess.Vars;

/** {@code Task_Close}, on create: pre-selects the outcome the item's record suggests. */
@Component
class SuggestOutcomeListener implements TaskListener {

  private final OutcomeRules rules;

  SuggestOutcomeListener(OutcomeRules rules) {
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    String suggested = rules.suggest(task::getVariable).name();
    task.setVariable(Vars.SUGGESTED_OUTCOME, suggested);
    task.setVariable(Vars.CLOSURE_OUTCOME, suggested);
  }
}
