package vn.followup.system;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The step of the test-only model {@code system/failing-step.bpmn}: always fails with an English
 * message that names a user and a class, as an engine or library exception would.
 */
public class FailingStep implements JavaDelegate {

  public static final String USER = "kiemtra.vien";

  @Override
  public void execute(DelegateExecution execution) {
    throw new IllegalStateException("The user with id '" + USER + "' does not have 'UPDATE' permission on resource "
        + "'vn.followup.Something'");
  }
}
