package vn.followup.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The agencies (cơ quan, đơn vị) known to the application, read from
 * {@code organisation/agencies.yaml}. Immutable and thread-safe.
 *
 * <p>Refused at load, with a message naming the culprit: a duplicate id, an id that is not a
 * valid Camunda group id, a missing name, a parent that does not exist, a cycle of parents, and a
 * spelling (name, short name or abbreviation) shared by two agencies, which would make
 * {@link #matchName(String)} ambiguous.
 */
public final class AgencyRegistry {

  /** Camunda's resource whitelist pattern for user and group ids (see application.yaml). */
  public static final Pattern ID_PATTERN = Pattern.compile("[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*");

  /** A plain address local@domain (no display name, no spaces). */
  private static final Pattern MAILBOX_PATTERN = Pattern.compile("[^\\s@<>\",;]+@[^\\s@<>\",;]+\\.[^\\s@<>\",;]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[-•*]+|[,.;:]+$");

  private final Map<String, Agency> byId;
  private final Map<String, Agency> bySpelling;

  private AgencyRegistry(List<Agency> agencies) {
    Map<String, Agency> ids = new LinkedHashMap<>();
    for (Agency agency : agencies) {
      if (agency == null) {
        throw invalid("có một mục rỗng");
      }
      String id = agency.id();
      if (id == null || id.isBlank()) {
        throw invalid("có cơ quan không có mã (id)");
      }
      if (!ID_PATTERN.matcher(id).matches()) {
        throw invalid("mã '" + id + "' không hợp lệ: chỉ gồm chữ, số, nối bằng '.', '_' hoặc '-'");
      }
      if (ids.putIfAbsent(id, agency) != null) {
        throw invalid("mã '" + id + "' bị trùng");
      }
      if (agency.name() == null || agency.name().isBlank()) {
        throw invalid("cơ quan '" + id + "' không có tên (name)");
      }
      if (agency.mailbox() != null && !MAILBOX_PATTERN.matcher(agency.mailbox()).matches()) {
        throw invalid("hộp thư chung '" + agency.mailbox() + "' của '" + id + "' không phải là địa chỉ thư điện tử");
      }
    }
    for (Agency agency : ids.values()) {
      if (agency.parent() != null && !ids.containsKey(agency.parent())) {
        throw invalid("cơ quan cấp trên '" + agency.parent() + "' của '" + agency.id() + "' không có trong danh mục");
      }
    }
    for (Agency agency : ids.values()) {
      List<String> path = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Agency current = agency; current != null; current = current.parent() == null ? null : ids.get(current.parent())) {
        path.add(current.id());
        if (!seen.add(current.id())) {
          throw invalid("quan hệ cấp trên bị vòng lặp: " + String.join(" → ", path));
        }
      }
    }
    Map<String, Agency> spellings = new LinkedHashMap<>();
    for (Agency agency : ids.values()) {
      for (String spelling : agency.spellings()) {
        String key = normalize(spelling);
        if (key.isEmpty()) {
          continue;
        }
        Agency other = spellings.putIfAbsent(key, agency);
        if (other != null && !other.id().equals(agency.id())) {
          throw invalid("tên '" + spelling + "' của '" + agency.id() + "' trùng với tên của '" + other.id() + "'");
        }
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.bySpelling = Collections.unmodifiableMap(spellings);
  }

  /** A registry of the given agencies, validated as a loaded file is. */
  public static AgencyRegistry of(List<Agency> agencies) {
    return new AgencyRegistry(List.copyOf(agencies));
  }

  /** Reads a registry from YAML text (UTF-8) with a list under {@code agencies:}. */
  public static AgencyRegistry fromYaml(InputStream yaml) {
    try (Reader reader = new InputStreamReader(yaml, StandardCharsets.UTF_8)) {
      return fromYaml(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được danh mục cơ quan", e);
    }
  }

  /** Reads a registry from YAML text with a list under {@code agencies:}. */
  public static AgencyRegistry fromYaml(Reader yaml) {
    Object root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    } catch (YAMLException e) {
      throw invalid("không đọc được YAML: " + e.getMessage());
    }
    if (!(root instanceof Map<?, ?> map) || !(map.get("agencies") instanceof List<?> list)) {
      throw invalid("thiếu danh sách 'agencies:'");
    }
    List<Agency> agencies = new ArrayList<>();
    int index = 0;
    for (Object entry : list) {
      index++;
      if (!(entry instanceof Map<?, ?> fields)) {
        throw invalid("mục thứ " + index + " không phải là một cơ quan {id, name, ...}");
      }
      agencies.add(new Agency(
          text(fields, "id", index),
          text(fields, "name", index),
          text(fields, "shortName", index),
          text(fields, "parent", index),
          texts(fields, "abbreviations", index),
          text(fields, "mailbox", index)));
    }
    return new AgencyRegistry(agencies);
  }

  /** Reads a registry from a classpath resource such as {@code organisation/agencies.yaml}. */
  public static AgencyRegistry fromClasspath(String resource) {
    InputStream in = AgencyRegistry.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw invalid("không tìm thấy tệp '" + resource + "'");
    }
    return fromYaml(in);
  }

  public Optional<Agency> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The agency with this id; {@link IllegalArgumentException} if there is none. */
  public Agency require(String id) {
    return find(id).orElseThrow(() ->
        new IllegalArgumentException("Không có cơ quan, đơn vị mã '" + id + "' trong danh mục cơ quan."));
  }

  public boolean contains(String id) {
    return id != null && byId.containsKey(id);
  }

  /** Every agency, in file order. */
  public List<Agency> all() {
    return List.copyOf(byId.values());
  }

  /** The agencies whose parent is {@code parentId} (direct units only), in file order. */
  public List<Agency> unitsOf(String parentId) {
    return byId.values().stream().filter(a -> parentId != null && parentId.equals(a.parent())).toList();
  }

  /**
   * The agency one of whose spellings (full name, short name, abbreviation) equals {@code text},
   * ignoring case, diacritics (đ = d), spacing and the kind of dash, and a leading bullet or trailing
   * comma or full stop as in a distribution list ("- Văn phòng HĐND & UBND thành phố,").
   */
  public Optional<Agency> matchName(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = normalize(text);
    return key.isEmpty() ? Optional.empty() : Optional.ofNullable(bySpelling.get(key));
  }

  /** The comparison key of {@link #matchName(String)}. */
  static String normalize(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.replace('đ', 'd').replace('Đ', 'd').toLowerCase(Locale.ROOT);
    s = DASHES.matcher(s).replaceAll("-");
    s = SPACES.matcher(s).replaceAll("");
    return EDGE_PUNCTUATION.matcher(s).replaceAll("");
  }

  private static String text(Map<?, ?> fields, String key, int index) {
    Object value = fields.get(key);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      throw invalid("mục thứ " + index + ": '" + key + "' phải là một chuỗi");
    }
    return value.toString();
  }

  private static List<String> texts(Map<?, ?> fields, String key, int index) {
    Object value = fields.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw invalid("mục thứ " + index + ": '" + key + "' phải là một danh sách");
    }
    return list.stream().filter(o -> o != null).map(Object::toString).toList();
  }

  private static IllegalArgumentException invalid(String detail) {
    return new IllegalArgumentException("Danh mục cơ quan không hợp lệ: " + detail + ".");
  }
}
