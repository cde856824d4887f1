package vn.followup.followup;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds {@link EngineRestErrors} to Camunda's REST API. */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

  @Bean
  ResourceConfigCustomizer engineRestErrors() {
    return config -> config.register(EngineRestErrors.ForRestException.class)
        .register(EngineRestErrors.ForProcessEngineException.class)
        .register(EngineRestErrors.ForSpringException.class)
        .register(EngineRestErrors.ForAnyException.class)
        .register(EngineRestErrors.ForJsonParseException.class)
        .register(EngineRestErrors.ForJsonMappingException.class);
  }
}
