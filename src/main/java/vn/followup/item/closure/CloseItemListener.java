package vn.followup.item.closure;

import vn.followup.item.Actors;
import vn.followup.item.ClosureOutcome;
import vn.followup.item.ItemProcess.Values;
import vn.followup.engine.FormInput;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.followup.item.ItemProcess.Fields;

/** {@code Task_Close}, on complete: one of the graded outcomes, and who closed the item. */
@Component
class CloseItemListener implements TaskListener {

  private final Actors actors;

  CloseItemListener(Actors actors) {
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    input.choice(Fields.CLOSURE_OUTCOME, ClosureOutcome.choices());
    input.text(Fields.CLOSURE_NOTE);
    Values.CLOSED_BY.set(task, actors.actingUser(task));
  }
}
