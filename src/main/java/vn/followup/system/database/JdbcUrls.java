package vn.followup.system.database;

import java.util.regex.Pattern;

/** Makes JDBC URLs safe to log: credentials in the query string or the authority are masked. */
final class JdbcUrls {

  private static final Pattern SECRET_PARAMETER =
      Pattern.compile("(?i)((?:password|passwd|pwd|sslpassword|sslkey)=)[^&;\\s]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/@\\s:]+):[^/@\\s]*@");

  private JdbcUrls() {
  }

  static String withoutSecrets(String text) {
    if (text == null) {
      return null;
    }
    String masked = SECRET_PARAMETER.matcher(text).replaceAll("$1***");
    return USER_INFO.matcher(masked).replaceAll("$1:***@");
  }
}
