package vn.followup.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.followup.deadline.DeadlineReader;
import vn.followup.item.ItemGateway;

/**
 * The shared set-up of tests on a Spring context ({@link FollowupSpringBootTest}, {@link BrowserTest},
 * {@link ProcessTest}): the {@link TestFixture} (HTTP, users, sessions, browsers), an HTTP client,
 * an {@link EngineDriver} and the engine's services, set up once here instead of in every test class. The test class keeps its own user
 * ids and agencies.
 */
public abstract class ApplicationTestBase {

  @Autowired
  protected TestFixture fixture;
  @Autowired
  protected ProcessEngine engine;
  @Autowired
  protected RuntimeService runtimeService;
  @Autowired
  protected TaskService taskService;
  @Autowired
  protected HistoryService historyService;
  @Autowired
  protected RepositoryService repositoryService;
  @Autowired
  protected IdentityService identityService;
  @Autowired
  protected FormService formService;
  @Autowired
  protected FilterService filterService;
  @Autowired
  protected ManagementService managementService;
  @Autowired
  protected AuthorizationService authorizationService;
  @Autowired
  protected ObjectMapper objectMapper;
  @Autowired
  protected JdbcTemplate jdbc;
  @Autowired
  protected ItemGateway items;
  @Autowired
  protected DeadlineReader reader;
  /** A client of the application, fresh for each test; null in a process test (no web server). */
  protected Http http;
  /** Moves the engine's clock, runs due jobs and completes tasks as named users. */
  protected EngineDriver driver;

  @BeforeEach
  protected final void setUpFixture() {
    http = fixture.hasWebServer() ? fixture.http() : null;
    driver = new EngineDriver(engine);
  }
}
