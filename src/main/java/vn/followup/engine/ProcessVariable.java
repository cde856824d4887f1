package vn.followup.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * A process variable with its name and its type: the one way code reads and writes it, so that a
 * delegate or a listener never casts and a wrong type is found where it is written, not where it
 * is read. The processes' constants classes declare one for each variable code uses
 * ({@code ItemProcess.Values.RESPONSE_DUE_AT}…); models and forms keep using the name.
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

  private ProcessVariable(String name, Function<Object, T> reader, Function<T, TypedValue> writer) {
    this.name = name;
    this.reader = reader;
    this.writer = writer;
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

  public String name() {
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
