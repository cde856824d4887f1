package vn.followup.system.passwords;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * The one password rule of the product, for every user the engine stores and for the admin
 * password checked before start. Length over character classes (OWASP ASVS 2.1): at least
 * {@value #MIN_LENGTH} characters, not built from the user's own id or name, and not one of the
 * passwords every attacker tries first. Uses Camunda's own rule types where they exist so that
 * the Admin webapp explains them.
 */
public final class FollowupPasswordPolicy implements PasswordPolicy {

  public static final int MIN_LENGTH = 12;

  private static final List<String> KNOWN_WEAK = List.of(
      "123456789012", "password1234", "passwordpassword", "qwertyuiopas", "adminadmin123",
      "camundacamunda", "matkhau12345", "matkhaumanh123", "abc123456789", "111111111111");

  private final List<PasswordPolicyRule> rules = List.of(
      new PasswordPolicyLengthRuleImpl(MIN_LENGTH), new PasswordPolicyUserDataRuleImpl());

  @Override
  public List<PasswordPolicyRule> getRules() {
    return rules;
  }

  /**
   * Why a password may not be used for the given user id, in Vietnamese; empty when it may.
   */
  public static List<String> violations(String userId, String password) {
    List<String> reasons = new ArrayList<>();
    if (password == null || password.isBlank()) {
      reasons.add("chưa đặt mật khẩu");
      return reasons;
    }
    if (password.length() < MIN_LENGTH) {
      reasons.add("mật khẩu phải dài ít nhất " + MIN_LENGTH + " ký tự");
    }
    String lower = password.toLowerCase();
    if (userId != null && !userId.isBlank() && lower.contains(userId.toLowerCase())) {
      reasons.add("mật khẩu không được chứa tên đăng nhập");
    }
    if (KNOWN_WEAK.contains(lower) || lower.chars().distinct().count() <= 2) {
      reasons.add("mật khẩu quá phổ biến hoặc dễ đoán");
    }
    return reasons;
  }
}
