package vn.followup.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.followup.system.database.JdbcUrls;
import vn.followup.support.FastTest;

@FastTest
class JdbcUrlsTest {

  @Test
  void masksPasswordsInQueryParametersAndUserInfo() {
    assertThat(JdbcUrls.withoutSecrets("jdbc:postgresql://db:5432/f?user=u&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/f?user=u&password=***&ssl=true");
    assertThat(JdbcUrls.withoutSecrets("jdbc:postgresql://u:s3cret@db/f")).isEqualTo("jdbc:postgresql://u:***@db/f");
    assertThat(JdbcUrls.withoutSecrets("jdbc:postgresql://db/f")).isEqualTo("jdbc:postgresql://db/f");
  }
}
