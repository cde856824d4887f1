package vn.followup.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.followup.organisation.Folding;
import vn.followup.support.FastTest;

/**
 * The migration that folds the texts of items registered before the search existed folds every
 * Vietnamese letter as {@link Folding} folds the texts of items registered since, so the search finds
 * both alike.
 */
@FastTest
class ItemSearchFoldingTest {

  @Test
  void theMigrationFoldsEveryVietnameseLetterAsTheApplicationDoes() throws Exception {
    String sql = Files.readString(Path.of("src/main/resources/db/migration/V7__item_search.sql"));
    Matcher translate = Pattern.compile("translate\\(item_text,\\s*'([^']+)',\\s*'([^']+)'\\)").matcher(sql);
    assertThat(translate.find()).isTrue();
    String letters = translate.group(1);
    String folded = translate.group(2);
    assertThat(Folding.fold(letters)).isEqualTo(folded);
    String vietnamese = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
    for (char letter : (vietnamese + vietnamese.toUpperCase()).toCharArray()) {
      String one = String.valueOf(letter);
      assertThat(letters.contains(one) || Folding.fold(one).equals(one.toLowerCase()))
          .as("letter " + one + " folded by the migration").isTrue();
    }
  }
}
