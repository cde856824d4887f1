package vn.followup.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * A process variable declared once, in the style of camunda-bpm-data's {@code VariableFactory}:
 * its name and its type (the one way code reads and writes it, so that a delegate or a listener
 * never casts and a wrong type is found where it is written, not where it is read) and what the
 * rest of the product needs to know of it: the rule of the form input a person types it in
 * ({@link #input()}), the label auditors read its changes by ({@link #auditLabel()}), the choices
 * its codes stand for ({@link #choices()}) and whether its history is left out because it is
 * recorded elsewhere ({@link #isRecordedElsewhere()}). The processes' {@code Values} classes
 * declare every variable ({@code ItemProcess.Values.RESPONSE_DUE_AT}…); their {@code Vars} names,
 * {@code Fields} rules, the audit labels and the history exclusions are read from these
 * declarations, and {@code VariablesDeclaredOnceTest} holds the forms to them.
 *
 * @param <T> the Java type of the value
 */
public final class ProcessVariable<T> {

  /** JSON of the server's own records (no type information, unknown fields ignored on reading). */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .findAndAddModules()
      .build();

  private final String name;
  private final Function<Object, T> reader;
  private final Function<T, TypedValue> writer;
  private final InputRule input;
  private final String auditLabel;
  private final Map<String, String> choices;
  private final boolean recordedElsewhere;
  /** Form id to the rule that form asks it by, where a form asks it otherwise than by {@link #input}. */
  private final Map<String, InputRule> inputsByForm;
  /** The inputs of a list's rows, as a form's repeating list asks them (their keys are the rows' members). */
  private final List<InputRule> rows;
  /** Its label where a person reads it outside a form (a Tasklist column's heading). */
  private final String label;
  /** The first of the declaration's steps: every step of one declaration is the same variable. */
  private final ProcessVariable<?> declaration;

  private ProcessVariable(String name, Function<Object, T> reader, Function<T, TypedValue> writer) {
    this(name, reader, writer, null, null, null, false, Map.of(), List.of(), null, null);
  }

  private ProcessVariable(String name, Function<Object, T> reader, Function<T, TypedValue> writer, InputRule input,
      String auditLabel, Map<String, String> choices, boolean recordedElsewhere, Map<String, InputRule> inputsByForm,
      List<InputRule> rows, String label, ProcessVariable<?> declaration) {
    this.name = name;
    this.reader = reader;
    this.writer = writer;
    this.input = input;
    this.auditLabel = auditLabel;
    this.choices = choices;
    this.recordedElsewhere = recordedElsewhere;
    this.inputsByForm = inputsByForm;
    this.rows = rows;
    this.label = label;
    this.declaration = declaration == null ? this : declaration;
  }

  private ProcessVariable<T> with(InputRule input, String auditLabel, Map<String, String> choices,
      boolean recordedElsewhere, Map<String, InputRule> inputsByForm, List<InputRule> rows) {
    return new ProcessVariable<>(name, reader, writer, input, auditLabel, choices, recordedElsewhere, inputsByForm,
        rows, label, declaration);
  }

  /** The same variable, which a person reads outside a form under {@code heading} (a Tasklist column). */
  public ProcessVariable<T> labelled(String heading) {
    return new ProcessVariable<>(name, reader, writer, input, auditLabel, choices, recordedElsewhere, inputsByForm,
        rows, heading, declaration);
  }

  /** A text. */
  public static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, value -> cast(name, value, String.class), Variables::stringValue);
  }

  /** A yes/no mark. */
  public static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, value -> cast(name, value, Boolean.class), Variables::booleanValue);
  }

  /** An instant (Camunda's Date type, which timers and task due dates read). */
  public static ProcessVariable<Date> date(String name) {
    return new ProcessVariable<>(name, value -> cast(name, value, Date.class), Variables::dateValue);
  }

  /** A whole number. */
  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, value -> cast(name, value, Integer.class), Variables::integerValue);
  }

  /**
   * A record of the server's, stored as Spin JSON (never as a serialized Java object), which
   * Tasklist hands to a form as an object: a form's template reads {@code {{item.noticeLabel}}}.
   */
  public static <R> ProcessVariable<R> json(String name, Class<R> type) {
    return new ProcessVariable<>(name, value -> fromJson(name, value, type),
        record -> record == null ? Variables.untypedNullValue() : SpinValues.jsonValue(toJson(record)).create());
  }

  /** A list of the server's JSON records or texts (read and written through {@code JsonVariables}). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static ProcessVariable<List<Object>> list(String name) {
    return (ProcessVariable) json(name, List.class);
  }

  /**
   * The same variable, typed by a person in a form: {@code rule} is its input as the server checks
   * it and the form shows it, written without the variable's name ({@code InputRule.text("Trích yếu", 500)}),
   * for every form that asks it and has no rule of its own ({@link #askedIn}).
   */
  public ProcessVariable<T> asked(InputRule rule) {
    return with(rule.as(name), auditLabel, choices, recordedElsewhere, inputsByForm, rows);
  }

  /**
   * The same variable, asked by the form {@code formId} by a rule of its own (another label, a
   * requirement the other forms do not have): {@link #input(String)} is that rule for that form.
   */
  public ProcessVariable<T> askedIn(String formId, InputRule rule) {
    Map<String, InputRule> byForm = new LinkedHashMap<>(inputsByForm);
    byForm.put(formId, rule.as(name).onlyIn(formId));
    return with(input, auditLabel, choices, recordedElsewhere, Collections.unmodifiableMap(byForm), rows);
  }

  /**
   * The same variable, asked by the form {@code formId} by its rule for the other forms changed
   * ({@code rule -> rule.required()}): the label is written once, where the variable is asked.
   */
  public ProcessVariable<T> askedIn(String formId, UnaryOperator<InputRule> change) {
    if (input == null) {
      throw new IllegalStateException("Variable " + name + " is not asked by a form: give its rule for " + formId);
    }
    return askedIn(formId, change.apply(input));
  }

  /**
   * The same list, whose rows a form's repeating list asks by these inputs (each with the key of
   * the row's member it fills: {@code InputRule.text(key, label, maxLength)}), in the forms the
   * rules name.
   */
  public ProcessVariable<T> withRows(InputRule... rowInputs) {
    return with(input, auditLabel, choices, recordedElsewhere, inputsByForm, List.of(rowInputs));
  }

  /** The same variable, whose changes auditors read under {@code label}. */
  public ProcessVariable<T> audited(String label) {
    return with(input, label, choices, recordedElsewhere, inputsByForm, rows);
  }

  /** The same variable, audited under the label of its form input (asked first). */
  public ProcessVariable<T> audited() {
    if (input == null) {
      throw new IllegalStateException("Variable " + name + " is not asked by a form: give its audit label");
    }
    return audited(input.label());
  }

  /** The same variable, holding the code of one of these choices (auditors read its label). */
  public <E extends Enum<E> & Choice> ProcessVariable<T> chosenFrom(Class<E> type) {
    return with(input, auditLabel, Choice.choices(type), recordedElsewhere, inputsByForm, rows);
  }

  /**
   * The same variable, whose history would only repeat what is recorded where it takes effect
   * (a planned instant, a copy): the history level writes none ({@code RecordedElsewhere}).
   */
  public ProcessVariable<T> recordedElsewhere() {
    return with(input, auditLabel, choices, true, inputsByForm, rows);
  }

  /**
   * Whether this is the same declared variable as {@code other}: one of its declaration's steps,
   * or the declaration of another process asked by a form of this one
   * ({@code ItemProcess.Values.ITEM_NUMBER.asked(...)} in the office's).
   */
  public boolean isSameDeclarationAs(ProcessVariable<?> other) {
    return declaration == other.declaration;
  }

  public String name() {
    return name;
  }

  /** The rule of the form input a person types it in; null for a variable no person types. */
  public InputRule input() {
    return input;
  }

  /** The rule the form {@code formId} asks it by: the form's own, or the rule for every form; null when none. */
  public InputRule input(String formId) {
    return inputsByForm.getOrDefault(formId, input);
  }

  /** Every rule it is asked by: the rule for every form first, then those of single forms. */
  public List<InputRule> inputs() {
    List<InputRule> all = new ArrayList<>();
    if (input != null) {
      all.add(input);
    }
    all.addAll(inputsByForm.values());
    return List.copyOf(all);
  }

  /** The inputs of its rows, for a list a form's repeating list fills; empty for any other variable. */
  public List<InputRule> rows() {
    return rows;
  }

  /** The input of its rows' member {@code key}. */
  public InputRule row(String key) {
    return rows.stream().filter(rule -> rule.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Variable " + name + " has no row member " + key));
  }

  /** Its label where a person reads it outside a form (a Tasklist column's heading); null for none. */
  public String label() {
    return label;
  }

  /** The label auditors read its changes by; null for a variable the audit trail does not show. */
  public String auditLabel() {
    return auditLabel;
  }

  /** Codes and labels of the choices it holds; null for a variable that holds no chosen code. */
  public Map<String, String> choices() {
    return choices;
  }

  public boolean isRecordedElsewhere() {
    return recordedElsewhere;
  }

  /**
   * The variables declared by the static fields of these classes, each once (a class may name
   * another's declaration under its own name), in the order of their fields.
   */
  public static List<ProcessVariable<?>> declaredIn(Class<?>... holders) {
    Set<ProcessVariable<?>> declared = new LinkedHashSet<>();
    for (Class<?> holder : holders) {
      for (Field field : holder.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
          try {
            declared.add((ProcessVariable<?>) field.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return List.copyOf(declared);
  }

  /** The names of the declared variables whose history is recorded elsewhere. */
  public static Set<String> recordedElsewhereIn(Class<?>... holders) {
    Set<String> names = new LinkedHashSet<>();
    declaredIn(holders).stream().filter(ProcessVariable::isRecordedElsewhere).forEach(v -> names.add(v.name()));
    return Set.copyOf(names);
  }

  @Override
  public String toString() {
    return name;
  }

  /** The value in the scope or its parents; null when there is none. */
  public T get(VariableScope scope) {
    return read(scope.getVariableTyped(name, false));
  }

  /** The value in the scope itself (a task's or an execution's local variable); null when none. */
  public T getLocal(VariableScope scope) {
    return read(scope.getVariableLocalTyped(name, false));
  }

  public Optional<T> find(VariableScope scope) {
    return Optional.ofNullable(get(scope));
  }

  /** For yes/no marks: true only when the value is present and true. */
  public boolean isSet(VariableScope scope) {
    return Boolean.TRUE.equals(get(scope));
  }

  /** The value in a map of values (a variable map, the variables of a history read); null when none. */
  public T from(Map<String, ?> variables) {
    Object value = variables.get(name);
    return value == null ? null : reader.apply(value instanceof TypedValue typed ? typed.getValue() : value);
  }

  /** A value as recorded elsewhere (a history row), read with this variable's type. */
  public T of(Object value) {
    return value == null ? null : reader.apply(value instanceof TypedValue typed ? typed.getValue() : value);
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, typed(value));
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, typed(value));
  }

  /** Puts the value into a map the engine is given (a start, a completion, a correlation). */
  public VariableMap putInto(VariableMap variables, T value) {
    return variables.putValueTyped(name, typed(value));
  }

  /** The value as the engine stores it. */
  public TypedValue typed(T value) {
    return writer.apply(value);
  }

  private T read(TypedValue value) {
    if (value == null) {
      return null;
    }
    if (value instanceof JsonValue json) {
      // A JSON node set in this command (a multi-instance element) is not serialized yet.
      Object content = json.getValueSerialized() != null ? json.getValueSerialized()
          : json.isDeserialized() ? json.getValue() : null;
      return content == null ? null : reader.apply(content);
    }
    return value.getValue() == null ? null : reader.apply(value.getValue());
  }

  private static <V> V cast(String name, Object value, Class<V> type) {
    if (!type.isInstance(value)) {
      throw new IllegalStateException("Variable " + name + " holds " + value.getClass().getSimpleName()
          + ", not " + type.getSimpleName());
    }
    return type.cast(value);
  }

  /** A text is always the JSON itself (a JSON string too: {@code "\"phong-tnmt\""} reads as {@code phong-tnmt}). */
  private static <R> R fromJson(String name, Object value, Class<R> type) {
    if (!(value instanceof String) && type.isInstance(value)) {
      return type.cast(value);
    }
    String json = value instanceof SpinJsonNode node ? node.toString() : value.toString();
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Variable " + name + " is not a JSON " + type.getSimpleName(), e);
    }
  }

  private static String toJson(Object record) {
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
