package vn.followup.notice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.yaml.MappingJackson2YamlHttpMessageConverter;

/** Lets clerks post a notice as YAML, the format of the shipped demo notice. */
@Configuration(proxyBeanMethods = false)
class NoticeWebConfiguration {

  @Bean
  MappingJackson2YamlHttpMessageConverter yamlHttpMessageConverter() {
    return new MappingJackson2YamlHttpMessageConverter();
  }
}
