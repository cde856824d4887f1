package vn.followup.access;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.followup.system.EnginePluginOrder;

/**
 * Removes the form drafts of a user task when it is completed or deleted (an item stopped, a task
 * moved), in the engine's own transaction: a completion that rolls back keeps the drafts. Registered
 * on every user task of every model when the model is parsed.
 */
@Component
@Order(EnginePluginOrder.FORM_DRAFT_CLEANUP)
class FormDraftCleanup extends AbstractProcessEnginePlugin {

  private final ObjectProvider<FormDrafts> drafts;

  FormDraftCleanup(ObjectProvider<FormDrafts> drafts) {
    this.drafts = drafts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener remove = task -> drafts.getObject().removeAllOf(task.getId());
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, remove);
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_DELETE, remove);
        }
      }
    });
  }
}
