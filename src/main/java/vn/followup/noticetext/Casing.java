package vn.followup.noticetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.followup.organisation.Folding;

/**
 * Gives words printed in capitals (a notice's title, the signature block) the casing the same
 * words have in the notice's body: "KẾT LUẬN CỦA THƯỜNG TRỰC THÀNH ỦY" becomes "Kết luận của
 * Thường trực Thành ủy", since the body writes "Thường trực Thành ủy". Runs of two or more words
 * are matched longest first; any other word goes to lower case; the first letter is capital.
 */
final class Casing {

  private final List<String> bodyWords = new ArrayList<>();
  private final List<String> foldedBody = new ArrayList<>();

  Casing(String body) {
    for (String word : body.split("[\\s,.;:()]+")) {
      if (!word.isEmpty()) {
        bodyWords.add(word);
        foldedBody.add(Folding.fold(word));
      }
    }
  }

  String sentence(String capitals) {
    String[] words = capitals.trim().split("\\s+");
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < words.length) {
      int best = 0;
      int bestAt = -1;
      for (int at = 0; at < foldedBody.size(); at++) {
        int n = 0;
        while (i + n < words.length && at + n < foldedBody.size()
            && foldedBody.get(at + n).equals(Folding.fold(words[i + n])) && isMixed(bodyWords.get(at + n))) {
          n++;
        }
        if (n > 1 && n > best) {
          best = n;
          bestAt = at;
        }
      }
      if (best == 0) {
        out.add(words[i].toLowerCase(new Locale("vi")));
        i++;
      } else {
        out.addAll(bodyWords.subList(bestAt, bestAt + best));
        i += best;
      }
    }
    String text = String.join(" ", out);
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static boolean isMixed(String word) {
    return !word.equals(word.toUpperCase(new Locale("vi"))) || word.chars().noneMatch(Character::isLetter);
  }
}
