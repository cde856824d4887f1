package vn.followup.organisation;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import vn.followup.system.StartupRefusedException;

/** Creates the {@link AgencyRegistry} from {@code classpath:organisation/agencies.yaml}. */
@Configuration(proxyBeanMethods = false)
class OrganisationConfiguration {

  static final String AGENCIES_LOCATION = "classpath:organisation/agencies.yaml";

  @Bean
  AgencyRegistry agencyRegistry(ResourceLoader resourceLoader) {
    Resource resource = resourceLoader.getResource(AGENCIES_LOCATION);
    try (InputStream in = resource.getInputStream()) {
      return AgencyRegistry.fromYaml(in);
    } catch (IOException e) {
      throw new StartupRefusedException("Không đọc được danh mục cơ quan " + AGENCIES_LOCATION + ".",
          "Kiểm tra tệp organisation/agencies.yaml có trong bản đóng gói.", e);
    } catch (IllegalArgumentException e) {
      throw new StartupRefusedException(e.getMessage(),
          "Sửa tệp organisation/agencies.yaml (mã không trùng, đúng mẫu, cơ quan cấp trên có trong danh mục, không vòng lặp).", e);
    }
  }
}
