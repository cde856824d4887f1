package vn.followup.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.followup.support.FollowupSpringBootTest;

@FollowupSpringBootTest
class ApplicationStartupTest {

  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  FormService formService;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void runsOnPostgresqlWithReadCommittedIsolation() {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
    assertThat(jdbc.queryForObject("show transaction_isolation", String.class)).isEqualTo("read committed");
  }

  @Test
  void deploysTheModelsAndTheirFormsFromTheTopLevelFolders() throws Exception {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("Process_DeploymentCheck").latestVersion().singleResult();
    assertThat(definition).isNotNull();
    assertThat(repositoryService.getDeploymentResourceNames(definition.getDeploymentId()))
        .contains("bpmn/deployment-check.bpmn", "forms/deployment-check.form");

    String instanceId = runtimeService.startProcessInstanceByKey("Process_DeploymentCheck").getId();
    Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      Map<?, ?> schema = new ObjectMapper().readValue(form, Map.class);
      assertThat(schema.get("id")).isEqualTo("Form_DeploymentCheck");
    }
    runtimeService.deleteProcessInstance(instanceId, "test");
  }
}
