package vn.followup.organisation;

import java.text.Normalizer;

/**
 * Folds Vietnamese text for matching: lower case, diacritics dropped, đ as d, one character for
 * one character, so that an index into the folded text is an index into the original. Text typed
 * without diacritics, or with them, then reads the same.
 */
public final class Folding {

  private Folding() {
  }

  public static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      folded.append(fold(text.charAt(i)));
    }
    return folded.toString();
  }

  static char fold(char c) {
    if (c == 'đ' || c == 'Đ') {
      return 'd';
    }
    if (c < 0x80) {
      return Character.toLowerCase(c);
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return Character.toLowerCase(decomposed.charAt(0));
  }
}
