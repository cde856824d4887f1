package vn.followup.organisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of the city's agencies ({@code organisation/topics.yaml}): when a notice names its
 * coordinating agencies only as "the competent agencies", the words of the item suggest which ones.
 * A suggestion is a proposal for the clerk, never a decision.
 */
public final class AgencyTopics {

  /** An agency suggested by a word of the text, and where that word stands. */
  public record Suggestion(Agency agency, String keyword, int start, int end) {
  }

  private final Map<Agency, List<Pattern>> patterns = new LinkedHashMap<>();

  AgencyTopics(AgencyRegistry registry, Map<String, List<String>> topics) {
    for (Agency agency : registry.all()) {
      List<String> keywords = topics.get(agency.id());
      if (keywords != null) {
        patterns.put(agency, keywords.stream().map(keyword -> Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Pattern.quote(Folding.fold(keyword)).replace(" ", "\\E\\s+\\Q")
                + "(?![\\p{L}\\p{N}])")).toList());
      }
    }
    for (String id : topics.keySet()) {
      registry.find(id).orElseThrow(() -> new IllegalArgumentException(
          "organisation/topics.yaml: mã cơ quan '" + id + "' không có trong danh mục."));
    }
  }

  public static AgencyTopics fromYaml(AgencyRegistry registry, InputStream yaml) {
    try {
      TopicsFile file = new ObjectMapper(new YAMLFactory()).readValue(yaml, TopicsFile.class);
      return new AgencyTopics(registry, file.topics() == null ? Map.of() : file.topics());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record TopicsFile(Map<String, List<String>> topics) {
  }

  /** The agencies whose fields the text touches, in registry order, each with its first word found. */
  public List<Suggestion> suggest(String text) {
    String folded = Folding.fold(text);
    List<Suggestion> suggestions = new ArrayList<>();
    patterns.forEach((agency, list) -> {
      Suggestion first = null;
      for (Pattern pattern : list) {
        Matcher matcher = pattern.matcher(folded);
        if (matcher.find() && (first == null || matcher.start() < first.start())) {
          first = new Suggestion(agency, text.substring(matcher.start(), matcher.end()), matcher.start(), matcher.end());
        }
      }
      if (first != null) {
        suggestions.add(first);
      }
    });
    return suggestions;
  }
}
