package vn.followup.item;

import vn.followup.engine.EngineClock;
import vn.followup.engine.FormInput;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.followup.item.ItemProcess.Vars;

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
    FormInput.of(task).optionalText(Vars.ACKNOWLEDGEMENT_NOTE, "Ý kiến của cơ quan đề xuất", 2000);
    task.setVariable(Vars.ACKNOWLEDGED_BY, actors.actingUser(task));
    task.setVariable(Vars.ACKNOWLEDGED_AT, Date.from(EngineClock.now()));
  }
}
