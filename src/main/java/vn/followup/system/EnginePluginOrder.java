package vn.followup.system;

import org.springframework.core.Ordered;

/**
 * The order of every process engine plugin of the product, in one place. Camunda's Spring Boot
 * starter hands the engine every {@code ProcessEnginePlugin} bean sorted by {@code @Order}, and
 * calls each phase ({@code preInit}, {@code postInit}, {@code postProcessEngineBuild}) in that
 * order; each plugin names its place here with {@code @Order(EnginePluginOrder.…)}. The list sits
 * in {@code system}, the room every room may use, since plugins live in the rooms whose work they
 * set up (the guards in {@code guard}, the agency groups in {@code organisation} …).
 *
 * <p>Why this order:
 * <ol>
 *   <li>{@link #EXPRESSION_BEANS} first of all, before the starter's own configuration: it replaces
 *       the expression manager before anyone registers functions with it.</li>
 *   <li>{@link #AGENCY_GROUPS}: the agencies' groups exist before anything grants them rights or
 *       makes users members (after engine build).</li>
 *   <li>The starter's own configuration (orders -1 to 1) comes here: datasource, history, jobs,
 *       the generic properties of application.yaml.</li>
 *   <li>The guards ({@link #VALUE_GUARD}, {@link #WRITE_GUARD}) before the plugins that add
 *       serializers, history levels and listeners: the value guard's refusing serializers go in
 *       front of every other serializer, the long text's included.</li>
 *   <li>Engine settings ({@link #FAILED_JOB_MESSAGES} to {@link #PASSWORD_POLICY}), then what the
 *       features add to every model ({@link #NOTIFICATION_SESSION} to {@link #FORM_DRAFT_CLEANUP}).</li>
 *   <li>After engine build: the models are deployed ({@link #MODEL_DEPLOYMENT}), then the rights
 *       and filters are set up ({@link #ACCESS_SETUP}, which also creates the role groups), then
 *       the demo users join those groups ({@link #DEMO_USERS}).</li>
 * </ol>
 * Plugins of the libraries without an order of their own (Spin, Connect) run after all of these.
 */
public final class EnginePluginOrder {

  /** {@code guard/ModelExpressionBeans}: the beans an expression may reach. */
  public static final int EXPRESSION_BEANS = Ordered.HIGHEST_PRECEDENCE;
  /** {@code organisation/AgencyGroupSync}: the agencies' Camunda groups. */
  public static final int AGENCY_GROUPS = Ordered.HIGHEST_PRECEDENCE + 100;
  /** {@code guard/VariableValueGuard}: refuses values no form or code of ours sends. */
  public static final int VALUE_GUARD = 100;
  /** {@code guard/EngineWriteGuard}: what a user may change, checked on every command. */
  public static final int WRITE_GUARD = 200;
  /** {@code system/history/FailedJobMessages}: readable failed-job messages. */
  public static final int FAILED_JOB_MESSAGES = 300;
  /** {@code system/history/HistoryRetentionPlugin}: the history's time to live. */
  public static final int HISTORY_RETENTION = 400;
  /** {@code system/history/LongTextPlugin}: the history level and texts over 4,000 characters. */
  public static final int LONG_TEXT = 500;
  /** {@code system/passwords/PasswordPolicyPlugin}: the password policy. */
  public static final int PASSWORD_POLICY = 600;
  /** {@code notification/NotificationSessionFactory}: the mail outbox's session. */
  public static final int NOTIFICATION_SESSION = 700;
  /** {@code tasklist/TaskTitlePlugin}: task titles with the item's number. */
  public static final int TASK_TITLES = 800;
  /** {@code access/FormDraftCleanup}: drafts removed with their task. */
  public static final int FORM_DRAFT_CLEANUP = 900;
  /** {@code system/ModelDeployment}: the models and forms deployed. */
  public static final int MODEL_DEPLOYMENT = 1000;
  /** {@code setup/AccessSetup}: role groups, rights and Tasklist's filters. */
  public static final int ACCESS_SETUP = 1100;
  /** {@code setup/DemoUsers}: the demo run's people, members of the groups above. */
  public static final int DEMO_USERS = 1200;

  private EnginePluginOrder() {
  }
}
