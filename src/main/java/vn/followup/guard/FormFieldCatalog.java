package vn.followup.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The fields of the deployed form of a user task or a start event, as the engine resolves
 * {@code camunda:formRef}. A deployment never changes, so the fields are kept per process
 * definition and task definition once read.
 */
public final class FormFieldCatalog {

  private final Map<String, FormFields> known = new ConcurrentHashMap<>();

  public FormFields ofTask(CommandContext context, TaskEntity task) {
    if (task.getProcessDefinitionId() == null) {
      return FormFields.NONE;
    }
    return known.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> read(context, context.runWithoutAuthorization(new GetTaskFormCmd(task.getId()))));
  }

  public FormFields ofStart(CommandContext context, String processDefinitionId) {
    return known.computeIfAbsent(processDefinitionId,
        key -> read(context, context.runWithoutAuthorization(new GetStartFormCmd(processDefinitionId))));
  }

  private static FormFields read(CommandContext context, FormData form) {
    CamundaFormRef reference = form == null ? null : form.getCamundaFormRef();
    if (reference == null || reference.getKey() == null) {
      return FormFields.NONE;
    }
    CamundaFormDefinition definition = context.runWithoutAuthorization(
        new GetCamundaFormDefinitionCmd(reference, form.getDeploymentId()));
    if (definition == null) {
      return FormFields.NONE;
    }
    try (InputStream content = context.runWithoutAuthorization(
        new GetDeploymentResourceCmd(definition.getDeploymentId(), definition.getResourceName()))) {
      return FormFields.parse(content);
    } catch (IOException e) {
      throw new UncheckedIOException("Form " + definition.getResourceName() + " is not readable", e);
    }
  }
}
