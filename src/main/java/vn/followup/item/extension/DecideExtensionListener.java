package vn.followup.item.extension;

import vn.followup.item.Actors;
import vn.followup.item.ExtensionDecision;
import vn.followup.item.ItemEvents;
import vn.followup.item.ItemProcess.Values;
import vn.followup.engine.FormInput;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
import vn.followup.item.ItemProcess.Fields;
import vn.followup.item.ReviewRules;

/**
 * {@code Task_DecideExtension}, on complete: the office approves or refuses, always with a reason.
 * The request is then cleared so the response form opens clean again.
 */
@Component
class DecideExtensionListener implements TaskListener {

  private final Actors actors;
  private final ApplicationEventPublisher events;

  DecideExtensionListener(Actors actors, ApplicationEventPublisher events) {
    this.actors = actors;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput input = FormInput.of(task);
    ExtensionDecision decision = ExtensionDecision.valueOf(
        input.choice(Fields.EXTENSION_DECISION, ExtensionDecision.choices()));
    String reason = input.text(Fields.EXTENSION_DECISION_REASON);
    String decidedBy = actors.actingUser(task);
    ReviewRules.requireIndependent(Values.EXTENSION_REQUESTED_BY.get(task), decidedBy, "đề nghị gia hạn");
    Values.EXTENSION_DECIDED_BY.set(task, decidedBy);
    Values.EXTENSION_REQUESTED.set(task, false);
    events.publishEvent(new ItemEvents.ExtensionDecided(ItemEvents.Subject.of(task), decision.label(), reason));
  }
}
