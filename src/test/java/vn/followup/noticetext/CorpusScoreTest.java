package vn.followup.noticetext;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.followup.support.FastTest;

/**
 * The reader's score on the corpus of real direction documents kept beside the project
 * ({@code src/test/resources/corpus}, each text with its hand-made expected reading): how many expected items
 * it finds, how many of their leads and coordinators it gives as written, and how many of their
 * dated deadlines it reads to the right day. Prints the table to the log and fails below the
 * thresholds the README states. The corpus is not tuned to: held-back documents check the same
 * rules.
 */
@FastTest
class CorpusScoreTest {

  /** The corpus, the project's own test data (copied from the office's shared folder, never read from there). */
  static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
  static final double ITEMS_FOUND = 0.90;
  static final double LEADS_RIGHT = 0.90;
  static final double DEADLINES_RIGHT = 0.95;
  static final double COORDINATORS_RIGHT = 0.80;

  private static final NoticeTextParser PARSER = Parsers.shipped();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One document's figures. */
  record Score(String document, boolean refused, int expected, int found, int extra, int leads, int coordinators,
      int dated, int deadlines) {
  }

  @Test
  void readsTheCorpusOfRealDirectionDocumentsAboveTheStatedThresholds() throws IOException {
    assertThat(Files.isDirectory(CORPUS))
        .as("The corpus of real documents is expected at %s",
            CORPUS.toAbsolutePath().normalize())
        .isTrue();
    List<Path> texts;
    try (Stream<Path> files = Files.list(CORPUS)) {
      texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(texts).as("documents in the corpus").isNotEmpty();
    List<Score> scores = new ArrayList<>();
    for (Path text : texts) {
      String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
      JsonNode expected = JSON.readTree(CORPUS.resolve(name + ".expected.json").toFile());
      scores.add(score(name, Files.readString(text, StandardCharsets.UTF_8), expected));
    }
    Score total = total(scores);
    System.out.println(table(scores, total));

    assertThat(scores).as("documents refused").noneMatch(Score::refused);
    assertThat(ratio(total.found(), total.expected())).as("items found").isGreaterThanOrEqualTo(ITEMS_FOUND);
    assertThat(ratio(total.leads(), total.expected())).as("leads right").isGreaterThanOrEqualTo(LEADS_RIGHT);
    assertThat(ratio(total.coordinators(), total.expected())).as("coordinators right")
        .isGreaterThanOrEqualTo(COORDINATORS_RIGHT);
    assertThat(ratio(total.deadlines(), total.dated())).as("dated deadlines right")
        .isGreaterThanOrEqualTo(DEADLINES_RIGHT);
  }

  static Score score(String name, String text, JsonNode expected) {
    JsonNode items = expected.path("items");
    int dated = 0;
    for (JsonNode item : items) {
      for (JsonNode deadline : item.path("deadlines")) {
        dated += deadline.path("date").isTextual() ? 1 : 0;
      }
    }
    NoticeProposal proposal;
    try {
      proposal = PARSER.parse(text);
    } catch (NoticeTextException refused) {
      return new Score(name, true, items.size(), 0, 0, 0, 0, dated, 0);
    }
    List<Read> read = Read.of(proposal);
    boolean[] used = new boolean[read.size()];
    int found = 0;
    int leads = 0;
    int coordinators = 0;
    int deadlines = 0;
    for (JsonNode item : items) {
      String anchor = normal(item.path("anchor").asText());
      int match = -1;
      for (int i = 0; i < read.size() && match < 0; i++) {
        if (!used[i] && normal(read.get(i).text()).contains(anchor)) {
          match = i;
        }
      }
      if (match < 0) {
        continue;
      }
      used[match] = true;
      found++;
      Read reading = read.get(match);
      leads += sameNames(item.path("lead"), reading.leads()) ? 1 : 0;
      coordinators += sameNames(item.path("coordinators"), reading.coordinators()) ? 1 : 0;
      for (JsonNode deadline : item.path("deadlines")) {
        if (deadline.path("date").isTextual() && reading.dates().contains(deadline.path("date").asText())) {
          deadlines++;
        }
      }
    }
    return new Score(name, false, items.size(), found, read.size() - found, leads, coordinators, dated, deadlines);
  }

  /** The same names as written, in any order, compared without case and with spaces made single. */
  static boolean sameNames(JsonNode expected, List<String> read) {
    List<String> want = new ArrayList<>();
    expected.forEach(name -> want.add(normal(name.asText()).toLowerCase(Locale.ROOT)));
    List<String> got = read.stream().map(name -> normal(name).toLowerCase(Locale.ROOT)).toList();
    return want.size() == got.size() && want.containsAll(got) && got.containsAll(want);
  }

  static String normal(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").trim();
  }

  private static Score total(List<Score> scores) {
    return new Score("Total", scores.stream().anyMatch(Score::refused), sum(scores, Score::expected),
        sum(scores, Score::found), sum(scores, Score::extra), sum(scores, Score::leads), sum(scores, Score::coordinators),
        sum(scores, Score::dated), sum(scores, Score::deadlines));
  }

  private static int sum(List<Score> scores, java.util.function.ToIntFunction<Score> field) {
    return scores.stream().mapToInt(field).sum();
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }

  static String table(List<Score> scores, Score total) {
    StringBuilder out = new StringBuilder("\nNotice reader on the corpus (").append(CORPUS).append(")\n");
    String format = "| %-48s | %-7s | %11s | %5s | %11s | %12s | %16s |%n";
    out.append(String.format(format, "document", "read", "items found", "extra", "leads right", "coord. right",
        "dated deadl. right"));
    for (Score s : scores) {
      out.append(row(format, s));
    }
    out.append(row(format, total));
    out.append(String.format("Thresholds: items found >= %.0f %%, leads right >= %.0f %%, coordinators right >= %.0f %%,"
        + " dated deadlines right >= %.0f %%, no document refused.%n", ITEMS_FOUND * 100, LEADS_RIGHT * 100,
        COORDINATORS_RIGHT * 100, DEADLINES_RIGHT * 100));
    out.append(String.format("Total: items %.1f %%, leads %.1f %%, coordinators %.1f %%, dated deadlines %.1f %%%n",
        100 * ratio(total.found(), total.expected()), 100 * ratio(total.leads(), total.expected()),
        100 * ratio(total.coordinators(), total.expected()), 100 * ratio(total.deadlines(), total.dated())));
    return out.toString();
  }

  private static String row(String format, Score s) {
    String read = "Total".equals(s.document()) ? "" : s.refused() ? "refused" : "read";
    return String.format(format, s.document(), read, s.found() + "/" + s.expected(), s.extra(),
        s.leads() + "/" + s.expected(), s.coordinators() + "/" + s.expected(), s.deadlines() + "/" + s.dated());
  }

  /** What the reader proposed for one item, in the terms of the expected readings. */
  record Read(String text, List<String> leads, List<String> coordinators, List<String> dates) {

    static List<Read> of(NoticeProposal proposal) {
      List<Read> readings = new ArrayList<>();
      for (int i = 0; i < proposal.document().items().size(); i++) {
        vn.followup.noticetext.ItemReading reading = proposal.readings().get(i);
        readings.add(new Read(proposal.document().items().get(i).text(), reading.leads(), reading.coordinators(),
            reading.deadlines().stream().filter(d -> d.lastDay() != null).map(d -> d.lastDay().toString()).toList()));
      }
      return readings;
    }
  }
}
