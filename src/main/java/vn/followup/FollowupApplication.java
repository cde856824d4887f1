package vn.followup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Follow-up of the conclusions of a Party committee's notice (thông báo kết luận), on Camunda 7.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FollowupApplication {

  public static void main(String[] args) {
    SpringApplication.run(FollowupApplication.class, args);
  }
}
