package org.camunda.bpm.engine.impl;

/**
 * The task whose deployed form a user asks for (Tasklist's Camunda Forms), for the follow-up
 * product's write guard: read from the command's protected field in its own package, as the
 * compiler checks it, without reflection (see {@code FollowupCommandInputs}).
 */
public final class FollowupDeployedFormInputs {

  private FollowupDeployedFormInputs() {
  }

  /** The task a command names if it asks for a task's deployed form, otherwise null. */
  public static String taskId(Object command) {
    return command instanceof GetDeployedTaskFormCmd form ? form.taskId : null;
  }
}
