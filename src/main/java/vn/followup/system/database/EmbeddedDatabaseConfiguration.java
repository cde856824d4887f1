package vn.followup.system.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts embedded PostgreSQL when no external datasource is configured, and gives the engine a
 * pooled DataSource on it with the same pool settings ({@code spring.datasource.hikari.*}) as
 * production. Spring Boot's own DataSource configuration backs off because this bean exists.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgresServer embeddedPostgresServer(
      @Value("${followup.data-dir}") String dataDir,
      @Value("${followup.embedded-db.port:0}") int port,
      @Value("${followup.embedded-db.database:followup}") String database,
      @Value("${followup.embedded-db.durable:true}") boolean durable) {
    return EmbeddedPostgresServer.start(Path.of(dataDir), port, database, durable);
  }

  @Bean
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedPostgresServer server) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(server.jdbcUrl());
    dataSource.setUsername(server.username());
    return dataSource;
  }

  static class NoExternalDatabase implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !DatabaseMode.isExternal(context.getEnvironment());
    }
  }
}
