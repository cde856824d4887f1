package vn.followup.item.response;

import vn.followup.item.Actors;
import vn.followup.item.ItemProcess.Values;
import vn.followup.engine.EngineClock;
import vn.followup.engine.FormInput;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.followup.item.ItemProcess.Fields;

/**
 * {@code Task_AcknowledgeAnswer}, on complete: the proposing body has received the accepted answer
 * to its recommendation; who acknowledged it, when, and the body's optional remark are recorded.
 */
@Component
class RecordAcknowledgementListener implements TaskListener {

  private final Actors actors;

  RecordAcknowledgementListener(Actors actors) {
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput.of(task).text(Fields.ACKNOWLEDGEMENT_NOTE);
    Values.ACKNOWLEDGED_BY.set(task, actors.actingUser(task));
    Values.ACKNOWLEDGED_AT.set(task, Date.from(EngineClock.now()));
  }
}
