package vn.followup.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the registry's agencies where a text names them, by any spelling the registry knows and
 * with the usual abbreviations written out or not (UBND, HĐND, MTTQ, TN&amp;MT, TP, "&amp;" for
 * "và"), ignoring diacritics, case, dashes and spacing. The longest name wins where names overlap
 * ("UBND thành phố Lào Cai" over "UBND thành phố").
 */
public final class AgencyMentions {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}&]+");
  /** Abbreviations (folded) and the words they stand for. */
  private static final Map<String, List<String>> ABBREVIATIONS = Map.of(
      "ubnd", List.of("uy", "ban", "nhan", "dan"),
      "hdnd", List.of("hoi", "dong", "nhan", "dan"),
      "mttq", List.of("mat", "tran", "to", "quoc"),
      "ubmttq", List.of("uy", "ban", "mat", "tran", "to", "quoc"),
      "tn&mt", List.of("tai", "nguyen", "va", "moi", "truong"),
      "tnmt", List.of("tai", "nguyen", "va", "moi", "truong"),
      "tp", List.of("thanh", "pho"),
      "&", List.of("va"));

  /** A name found in a text: the agency and where its words stand. */
  public record Mention(Agency agency, int start, int end) {
  }

  private record Token(String word, int start, int end) {
  }

  private final Map<String, List<Spelling>> byFirstWord = new HashMap<>();

  private record Spelling(Agency agency, List<String> words) {
  }

  public AgencyMentions(AgencyRegistry registry) {
    for (Agency agency : registry.all()) {
      for (String spelling : agency.spellings()) {
        List<String> words = tokens(spelling).stream().map(Token::word).toList();
        if (!words.isEmpty()) {
          byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Spelling(agency, words));
        }
      }
    }
    byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Spelling s) -> s.words().size()).reversed()));
  }

  /** Every agency named in the text, in order, none overlapping. */
  public List<Mention> find(String text) {
    List<Token> tokens = tokens(text);
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Spelling match = longestAt(tokens, i);
      if (match == null) {
        i++;
        continue;
      }
      Token last = tokens.get(i + match.words().size() - 1);
      mentions.add(new Mention(match.agency(), tokens.get(i).start(), last.end()));
      i += match.words().size();
    }
    return mentions;
  }

  private Spelling longestAt(List<Token> tokens, int at) {
    for (Spelling spelling : byFirstWord.getOrDefault(tokens.get(at).word(), List.of())) {
      List<String> words = spelling.words();
      if (at + words.size() > tokens.size()) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < words.size() && same; k++) {
        same = words.get(k).equals(tokens.get(at + k).word());
      }
      if (same) {
        return spelling;
      }
    }
    return null;
  }

  /** Folded words, abbreviations written out; each expanded word keeps its abbreviation's place. */
  private static List<Token> tokens(String text) {
    String folded = Folding.fold(text);
    List<Token> tokens = new ArrayList<>();
    Matcher words = WORD.matcher(folded);
    while (words.find()) {
      List<String> expansion = ABBREVIATIONS.get(words.group());
      if (expansion == null) {
        tokens.add(new Token(words.group(), words.start(), words.end()));
      } else {
        expansion.forEach(word -> tokens.add(new Token(word, words.start(), words.end())));
      }
    }
    return tokens;
  }
}
