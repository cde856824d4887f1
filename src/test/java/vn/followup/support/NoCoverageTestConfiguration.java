package vn.followup.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For application-level tests: the coverage library's listener runs for every Spring test and needs
 * its properties, but these contexts run the job executor, which would add coverage events while
 * the listener reads them. So no coverage is collected here; process coverage comes from the
 * {@code *ProcessTest} classes, whose job executor is off.
 */
@TestConfiguration(proxyBeanMethods = false)
public class NoCoverageTestConfiguration {

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.builder().handleTestMethodCoverage(false)
        .addInclusionPatternForTestClasses(".*ProcessTest").build();
  }
}
