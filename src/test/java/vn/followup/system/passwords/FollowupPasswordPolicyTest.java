package vn.followup.system.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

@FastTest
class FollowupPasswordPolicyTest {

  @Test
  void acceptsALongPassphraseWithoutCharacterClassRules() {
    assertThat(FollowupPasswordPolicy.violations("admin", "ba con meo tren mai nha")).isEmpty();
  }

  @Test
  void refusesShortPasswordsPasswordsContainingTheUserIdAndCommonOnes() {
    assertThat(FollowupPasswordPolicy.violations("admin", "Ab1!")).anyMatch(r -> r.contains("12 ký tự"));
    assertThat(FollowupPasswordPolicy.violations("admin", "my-admin-password-2026"))
        .anyMatch(r -> r.contains("tên đăng nhập"));
    assertThat(FollowupPasswordPolicy.violations("u", "aaaaaaaaaaaaaaaa")).anyMatch(r -> r.contains("dễ đoán"));
    assertThat(FollowupPasswordPolicy.violations("admin", null)).containsExactly("chưa đặt mật khẩu");
  }
}
