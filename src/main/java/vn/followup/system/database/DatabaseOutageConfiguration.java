package vn.followup.system.database;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link DatabaseOutageFilter} in front of the project's API, the engine REST API and the
 * webapps' API, before authentication (which reads the users from the database).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

  @Bean
  FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(ObjectMapper objectMapper) {
    FilterRegistrationBean<DatabaseOutageFilter> registration =
        new FilterRegistrationBean<>(new DatabaseOutageFilter(objectMapper));
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
