package vn.followup.followup;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds {@link FormInputExceptionMapper} to Camunda's REST API. */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

  @Bean
  ResourceConfigCustomizer formInputErrors() {
    return config -> config.register(FormInputExceptionMapper.ForRestException.class)
        .register(FormInputExceptionMapper.ForProcessEngineException.class);
  }
}
