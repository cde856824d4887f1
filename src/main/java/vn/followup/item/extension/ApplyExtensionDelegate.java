package vn.followup.item.extension;

import vn.followup.watch.WatchLabels;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ServiceTask_ApplyExtension}: the approved date becomes the response deadline. */
@Component
class ApplyExtensionDelegate implements JavaDelegate {

  private final ExtensionService extensions;

  ApplyExtensionDelegate(ExtensionService extensions) {
    this.extensions = extensions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    extensions.apply(execution, WatchLabels.RESPONSE);
  }
}
