package vn.followup.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Process test coverage for every test context: the coverage library's listener runs for all
 * Spring tests, so every context carries its configuration; only classes named {@code *ProcessTest}
 * are measured. Reports go to {@code target/process-test-coverage}; {@code ProcessCoverageIT}
 * checks them per process after the tests.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class CoverageTestConfiguration {

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.builder()
        .addInclusionPatternForTestClasses(".*ProcessTest")
        .reportDirectory("target/process-test-coverage")
        .build();
  }
}
