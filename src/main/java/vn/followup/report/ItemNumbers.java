package vn.followup.report;

import java.util.Comparator;

/** Orders item numbers as a reader does: 1.2 before 1.10, 2.1 after 1.7.5. */
public final class ItemNumbers {

  public static final Comparator<String> ORDER = Comparator.nullsLast(ItemNumbers::compare);

  private ItemNumbers() {
  }

  private static int compare(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int result = numeric(left[i]) && numeric(right[i]) ? compareNumbers(left[i], right[i])
          : left[i].compareTo(right[i]);
      if (result != 0) {
        return result;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static boolean numeric(String part) {
    return !part.isEmpty() && part.chars().allMatch(Character::isDigit);
  }

  private static int compareNumbers(String a, String b) {
    String left = a.replaceFirst("^0+(?=.)", "");
    String right = b.replaceFirst("^0+(?=.)", "");
    return left.length() != right.length() ? Integer.compare(left.length(), right.length()) : left.compareTo(right);
  }
}
