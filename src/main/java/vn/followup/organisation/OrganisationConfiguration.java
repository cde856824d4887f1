package vn.followup.organisation;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import vn.followup.system.errors.StartupRefusedException;

/**
 * Creates the {@link AgencyRegistry} from {@code classpath:organisation/agencies.yaml}, and what
 * reads agency names and fields in a notice's text.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationConfiguration {

  static final String AGENCIES_LOCATION = "classpath:organisation/agencies.yaml";
  static final String TOPICS_LOCATION = "classpath:organisation/topics.yaml";

  @Bean
  AgencyRegistry agencyRegistry(ResourceLoader resourceLoader,
      @Value("${followup.organisation.agencies-location:" + AGENCIES_LOCATION + "}") String location) {
    Resource resource = resourceLoader.getResource(location);
    try (InputStream in = resource.getInputStream()) {
      return AgencyRegistry.fromYaml(in);
    } catch (IOException e) {
      throw new StartupRefusedException("Không đọc được danh mục cơ quan " + location + ".",
          "Kiểm tra tệp organisation/agencies.yaml có trong bản đóng gói.", e);
    } catch (IllegalArgumentException e) {
      throw new StartupRefusedException(e.getMessage(),
          "Sửa tệp organisation/agencies.yaml (mã không trùng, đúng mẫu, cơ quan cấp trên có trong danh mục, không vòng lặp).", e);
    }
  }

  @Bean
  AgencyMentions agencyMentions(AgencyRegistry registry) {
    return new AgencyMentions(registry);
  }

  @Bean
  AgencyTopics agencyTopics(AgencyRegistry registry, ResourceLoader resourceLoader) {
    try (InputStream in = resourceLoader.getResource(TOPICS_LOCATION).getInputStream()) {
      return AgencyTopics.fromYaml(registry, in);
    } catch (IOException | RuntimeException e) {
      throw new StartupRefusedException("Không đọc được lĩnh vực của các cơ quan " + TOPICS_LOCATION + ": "
          + e.getMessage(), "Sửa tệp organisation/topics.yaml (mã cơ quan có trong danh mục, mỗi cơ quan một danh sách cụm từ).", e);
    }
  }
}
