package vn.followup.system.database;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Which PostgreSQL the application runs on. Setting {@code spring.datasource.url} (environment
 * {@code SPRING_DATASOURCE_URL}) is the one switch between the embedded demo database and an
 * external production one, so every component that behaves differently asks here.
 */
public final class DatabaseMode {

  static final String DATASOURCE_URL = "spring.datasource.url";

  private DatabaseMode() {
  }

  /** True when an external PostgreSQL is configured; false when embedded PostgreSQL is started. */
  public static boolean isExternal(Environment environment) {
    return StringUtils.hasText(environment.getProperty(DATASOURCE_URL));
  }
}
