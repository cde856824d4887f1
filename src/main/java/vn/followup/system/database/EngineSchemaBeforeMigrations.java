package vn.followup.system.database;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Makes the process engine a database initializer that runs before Flyway: the engine creates
 * its tables at start ({@code camunda.bpm.database.schema-update}), and our migrations
 * ({@code db/migration}) add indexes and statistics to some of them, so on a new database the
 * engine must come first, whatever order the beans happen to be created in. Flyway's own
 * detectors have order 1; this one keeps the default 0. Registered in
 * {@code META-INF/spring.factories}.
 */
public class EngineSchemaBeforeMigrations extends AbstractBeansOfTypeDatabaseInitializerDetector {

  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(ProcessEngine.class);
  }

  @Override
  public int getOrder() {
    return 0;
  }
}
