package vn.followup.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one Camunda Form (form-js 1.8 schema, as deployed) lets its user write and what it shows,
 * read from the form itself so that no second list of fields exists:
 * <ul>
 *   <li>{@code editable}: the variables an input field writes (its {@code key}, or the {@code path}
 *       of a repeating list or of a group with a path), unless the field is read-only or disabled;</li>
 *   <li>{@code readOnly}: the keys of read-only input fields, which Tasklist submits unchanged;</li>
 *   <li>{@code shown}: every variable the form reads: the keys above and the names used in its
 *       templates ({@code {{itemNumber}}}) and expressions ({@code =responseDueText}).</li>
 * </ul>
 */
public record FormFields(Set<String> editable, Set<String> readOnly, Set<String> shown) {

  /** The form-js field types that take a value from the person filling in the form. */
  private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "datetime", "select",
      "radio", "checkbox", "checklist", "taglist");
  /** Containers whose {@code path}, when set, is the variable the whole container writes. */
  private static final Set<String> PATH_CONTAINERS = Set.of("dynamiclist", "group");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("(?<![.\\w])[A-Za-z_][A-Za-z0-9_]*");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A task or start event without a form: nothing may be written, nothing is shown. */
  static final FormFields NONE = new FormFields(Set.of(), Set.of(), Set.of());

  static FormFields parse(InputStream form) throws IOException {
    JsonNode root = JSON.readTree(form);
    Set<String> editable = new LinkedHashSet<>();
    Set<String> readOnly = new LinkedHashSet<>();
    Set<String> shown = new LinkedHashSet<>();
    walk(root.path("components"), editable, readOnly, shown, true);
    return new FormFields(Collections.unmodifiableSet(editable), Collections.unmodifiableSet(readOnly),
        Collections.unmodifiableSet(shown));
  }

  /** Whether the field may be written by the person the form is for. */
  public boolean mayWrite(String variable) {
    return editable.contains(variable);
  }

  private static void walk(JsonNode components, Set<String> editable, Set<String> readOnly, Set<String> shown,
      boolean topLevel) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      boolean locked = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
      String variable = null;
      if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
        variable = component.get("key").asText();
      } else if (PATH_CONTAINERS.contains(type) && component.hasNonNull("path")
          && !component.get("path").asText().isBlank()) {
        variable = component.get("path").asText().split("\\.")[0];
      }
      namesIn(component, shown);
      if (variable != null && topLevel) {
        shown.add(variable);
        if (component.path("disabled").asBoolean(false)) {
          continue;
        }
        (locked ? readOnly : editable).add(variable);
      }
      if (component.has("components")) {
        // The fields of a container with a path are parts of its one variable, not variables.
        walk(component.get("components"), editable, readOnly, shown, topLevel && variable == null);
      }
    }
  }

  /** The names a component's templates and expressions read, e.g. "{{itemNumber}}" or "=state = 'DONE'". */
  private static void namesIn(JsonNode component, Set<String> shown) {
    Iterator<Map.Entry<String, JsonNode>> fields = component.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      if (field.getKey().equals("components")) {
        continue;
      }
      if (value.isObject()) {
        namesIn(value, shown);
      } else if (value.isTextual()) {
        String text = value.asText();
        if (field.getKey().equals("valuesKey")) {
          shown.add(text);
        } else if (text.startsWith("=")) {
          addNames(text.substring(1), shown);
        } else {
          Matcher template = TEMPLATE.matcher(text);
          while (template.find()) {
            addNames(template.group(1), shown);
          }
        }
      }
    }
  }

  private static void addNames(String expression, Set<String> shown) {
    Matcher name = NAME.matcher(expression.replaceAll("\"[^\"]*\"|'[^']*'", " "));
    while (name.find()) {
      shown.add(name.group());
    }
  }
}
