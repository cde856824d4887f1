package vn.followup.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.ApplicationTestBase;

@FollowupSpringBootTest
class ApplicationStartupTest extends ApplicationTestBase {

  @Test
  void runsOnPostgresqlWithReadCommittedIsolation() {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
    assertThat(jdbc.queryForObject("show transaction_isolation", String.class)).isEqualTo("read committed");
  }

  /** The tuning of docs/performance.md "Performance": on a new database the engine's tables exist before V2 runs. */
  @Test
  void givesThePlannerWhatTheEngineQueriesNeedOnANewDatabase() {
    assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname = 'followup_job_duedate'",
        Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForList("select stxname from pg_statistic_ext order by stxname", String.class))
        .containsExactly("followup_authorization_read", "followup_authorization_read_task");
    assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
  }

  @Test
  void deploysTheModelsAndTheFormsOfEveryUserTaskFromTheTopLevelFolders() throws Exception {
    for (String key : List.of("Process_FollowUpItem", "Process_DeadlineWatch", "Process_Notice")) {
      ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion().singleResult();
      assertThat(definition).as(key).isNotNull();
      assertThat(definition.getName()).as("Vietnamese name of " + key).isNotBlank();
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      List<String> resources = repositoryService.getDeploymentResourceNames(definition.getDeploymentId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String formRef = task.getCamundaFormRef();
        assertThat(formRef).as("form of " + task.getId()).isNotNull();
        assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
        assertThat(formIds(definition.getDeploymentId(), resources)).as(task.getId()).contains(formRef);
      }
    }
  }

  private List<String> formIds(String deploymentId, List<String> resources) throws Exception {
    List<String> ids = new java.util.ArrayList<>();
    for (String resource : resources.stream().filter(name -> name.startsWith("forms/")).toList()) {
      try (InputStream form = repositoryService.getResourceAsStream(deploymentId, resource)) {
        ids.add((String) new ObjectMapper().readValue(form, Map.class).get("id"));
      }
    }
    return ids;
  }
}
