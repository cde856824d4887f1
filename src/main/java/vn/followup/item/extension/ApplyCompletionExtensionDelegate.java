package vn.followup.item.extension;

import vn.followup.watch.WatchLabels;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ApplyCompletionExtension}: the approved date becomes the completion deadline. */
@Component
class ApplyCompletionExtensionDelegate implements JavaDelegate {

  private final ExtensionService extensions;

  ApplyCompletionExtensionDelegate(ExtensionService extensions) {
    this.extensions = extensions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    extensions.apply(execution, WatchLabels.COMPLETION);
  }
}
