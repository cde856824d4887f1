package vn.followup.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * JSON process variables (Spin's Json type: no Java serialization) holding lists of records, such
 * as the coordinating agencies' inputs, read and written as plain maps.
 */
@Component
public class JsonVariables {

  private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() { };

  private final ObjectMapper objectMapper;

  JsonVariables(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  public List<Map<String, Object>> list(VariableScope scope, String name) {
    TypedValue value = scope.getVariableTyped(name, false);
    if (value == null || value.getValue() == null) {
      return new ArrayList<>();
    }
    String json = value instanceof JsonValue jsonValue && jsonValue.getValueSerialized() != null
        ? jsonValue.getValueSerialized() : value.getValue().toString();
    try {
      return new ArrayList<>(objectMapper.readValue(json, LIST));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Variable " + name + " is not a JSON list", e);
    }
  }

  public void set(VariableScope scope, String name, Object value) {
    scope.setVariable(name, json(value));
  }

  /** {@link #set} in the scope itself (a task's or an execution's local variable). */
  public void setLocal(VariableScope scope, String name, Object value) {
    scope.setVariableLocal(name, json(value));
  }

  private JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(objectMapper.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
