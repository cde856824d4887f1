package vn.followup.guard;

import org.camunda.bpm.engine.impl.FollowupDeployedFormInputs;
import org.camunda.bpm.engine.impl.cmd.FollowupCommandInputs;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What a user's engine command carries (its task, its variables …) for {@link EngineWriteGuard}.
 * Camunda 7.24 CE gives its command classes no getters; {@link FollowupCommandInputs} and
 * {@link FollowupDeployedFormInputs}, placed in the commands' own packages, read their protected
 * fields as the compiler checks them, without reflection. {@code CommandInputsTest} checks that
 * every command class of the engine that names a task is read.
 */
final class CommandInputs {

  private CommandInputs() {
  }

  /**
   * The task a command acts on, if it names one: every such command of a user first meets the
   * same check, so a task the user may not see answers like a missing one, whatever the call.
   */
  static String taskId(Command<?> command) {
    String taskId = FollowupCommandInputs.taskId(command);
    return taskId != null ? taskId : FollowupDeployedFormInputs.taskId(command);
  }
}
