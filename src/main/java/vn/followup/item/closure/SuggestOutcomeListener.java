package vn.followup.item.closure;

import vn.followup.item.ItemProcess.Values;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

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
    Values.SUGGESTED_OUTCOME.set(task, suggested);
    Values.CLOSURE_OUTCOME.set(task, suggested);
  }
}
