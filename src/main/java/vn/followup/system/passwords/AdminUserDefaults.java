package vn.followup.system.passwords;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The admin user is {@code admin} unless {@code CAMUNDA_BPM_ADMINUSER_ID} names another, and there is
 * none when users come from an LDAP directory: administrators are then the directory's
 * {@code camunda-admin} group, and the engine cannot create users in a read-only directory.
 */
public class AdminUserDefaults implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Boolean.parseBoolean(environment.getProperty("followup.ldap.enabled", "false"))) {
      environment.getPropertySources().addLast(
          new MapPropertySource("followupAdminUserDefaults", Map.of("camunda.bpm.admin-user.id", "admin")));
    }
  }
}
