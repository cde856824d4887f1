package vn.followup.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.DataFormats;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.followup.engine.FormInput;
import vn.followup.engine.FormInputException;
import vn.followup.system.EnginePluginOrder;

/**
 * Checks every value a process variable is given, whoever gives it (a Tasklist form, a REST
 * client, our own code), before the engine stores it: the form listeners ({@link FormInput}) check
 * the fields they know, and this refuses, for any variable,
 * <ul>
 *   <li>text with control characters other than tab and line breaks (PostgreSQL cannot even store
 *       a NUL byte, and none of them belongs in an official record);</li>
 *   <li>text longer than {@value #MAX_TEXT} characters, the length of the longest text the product
 *       takes (a pasted notice); texts over the engine's 4,000-character column and up to this are
 *       stored whole as bytes by the long-text serializer, which comes after these guards;</li>
 *   <li>a serialized object naming a class outside the allow-list
 *       ({@code deserialization-allowed-packages}): the engine checks it only when the value is
 *       read, so without this a client could store it.</li>
 * </ul>
 * The refusal is a {@link FormInputException} naming the variable: the REST API answers 400 with
 * the Vietnamese reason, and the whole command (e.g. the task's completion) rolls back. Serialized
 * Java objects are refused by the engine itself ({@code java-serialization-format-enabled: false}).
 *
 * <p>It works as two variable serializers placed before the engine's own: they claim only the
 * values they refuse, and refuse them when asked to write; nothing is ever stored under their names.
 */
@Component
@Order(EnginePluginOrder.VALUE_GUARD)
class VariableValueGuard extends AbstractProcessEnginePlugin {

  /** The longest text a variable may hold: a pasted notice (see the notice-text reader). */
  static final int MAX_TEXT = 200_000;
  /** The deepest nesting of a JSON value; the deepest the product writes is a notice's items (3). */
  static final int MAX_JSON_DEPTH = 32;
  private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = new ArrayList<>();
    serializers.add(new RefusedText());
    serializers.add(new RefusedObject());
    serializers.add(new RefusedJson());
    if (configuration.getCustomPreVariableSerializers() != null) {
      serializers.addAll(configuration.getCustomPreVariableSerializers());
    }
    configuration.setCustomPreVariableSerializers(serializers);
  }

  /** Why the text may not be stored, or null when it may. */
  static String textRefusal(String text) {
    if (text.length() > MAX_TEXT) {
      return "dài tối đa " + MAX_TEXT + " ký tự (hiện có " + text.length() + ")";
    }
    Matcher control = FormInput.CONTROL.matcher(text);
    if (control.find()) {
      return "chứa ký tự điều khiển không hợp lệ (mã " + String.format("U+%04X", (int) control.group().charAt(0))
          + " ở vị trí " + (control.start() + 1) + ")";
    }
    return null;
  }

  /**
   * Why serialized JSON may not be stored, or null when it may: nested deeper than any form writes,
   * a value every later read of the instance would fail on.
   */
  static String jsonRefusal(String json) {
    if (json == null) {
      return null;
    }
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        if (++depth > MAX_JSON_DEPTH) {
          return "lồng nhau quá " + MAX_JSON_DEPTH + " cấp";
        }
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return null;
  }

  /** The classes a serialized object's type name mentions that the allow-list does not admit. */
  static List<String> refusedClasses(String objectTypeName, DeserializationTypeValidator validator) {
    List<String> refused = new ArrayList<>();
    if (objectTypeName == null || validator == null) {
      return refused;
    }
    Matcher name = CLASS_NAME.matcher(objectTypeName);
    while (name.find()) {
      if (!validator.validate(name.group())) {
        refused.add(name.group());
      }
    }
    return refused;
  }

  /** The shared part of the two guards: never read, never stored. */
  private abstract static class Refusing implements TypedValueSerializer<TypedValue> {

    @Override
    public TypedValue readValue(ValueFields valueFields, boolean deserializeValue, boolean isTransient) {
      throw new UnsupportedOperationException("The variable guard stores nothing, so it reads nothing");
    }

    @Override
    public boolean isMutableValue(TypedValue typedValue) {
      return false;
    }

    /** The refusal of this value, or null when the guard lets it through to the engine's serializers. */
    abstract String refusal(TypedValue value);

    @Override
    public boolean canHandle(TypedValue value) {
      return refusal(value) != null;
    }

    @Override
    public void writeValue(TypedValue value, ValueFields valueFields) {
      throw new FormInputException(valueFields.getName(),
          "Giá trị của trường '" + valueFields.getName() + "' " + refusal(value) + "; chưa có gì được lưu.");
    }
  }

  /** Text with control characters or longer than the text column. */
  private static final class RefusedText extends Refusing {

    @Override
    public String getName() {
      return "followup-refused-text";
    }

    @Override
    public ValueType getType() {
      return ValueType.STRING;
    }

    @Override
    String refusal(TypedValue value) {
      return value.getValue() instanceof String text ? textRefusal(text) : null;
    }

    @Override
    public TypedValue convertToTypedValue(UntypedValueImpl untypedValue) {
      return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
    }

    @Override
    public String getSerializationDataformat() {
      return null;
    }
  }

  /** A serialized object whose type name mentions a class outside the allow-list. */
  private static final class RefusedObject extends Refusing {

    @Override
    public String getName() {
      return "followup-refused-object";
    }

    @Override
    public ValueType getType() {
      return ValueType.OBJECT;
    }

    @Override
    String refusal(TypedValue value) {
      if (value instanceof ObjectValue object && !object.isDeserialized() && jsonRefusal(object.getValueSerialized()) != null) {
        return jsonRefusal(object.getValueSerialized());
      }
      if (!(value instanceof ObjectValue object) || object.isDeserialized() || Context.getProcessEngineConfiguration() == null
          || !Context.getProcessEngineConfiguration().isDeserializationTypeValidationEnabled()) {
        return null;
      }
      List<String> refused = refusedClasses(object.getObjectTypeName(),
          Context.getProcessEngineConfiguration().getDeserializationTypeValidator());
      // The class is not named back: an answer names no class, even one the sender chose.
      return refused.isEmpty() ? null : "là một đối tượng có kiểu không thuộc các kiểu được phép";
    }

    @Override
    public TypedValue convertToTypedValue(UntypedValueImpl untypedValue) {
      throw new UnsupportedOperationException("Only serialized object values are refused");
    }

    /**
     * Several object serializers may claim a value; the engine then takes the first whose format is
     * its default (JSON), else the first. This guard comes first and names JSON, so it is taken.
     */
    @Override
    public String getSerializationDataformat() {
      return Variables.SerializationDataFormats.JSON.getName();
    }
  }

  /** A Spin JSON value nested deeper than {@value #MAX_JSON_DEPTH} levels. */
  private static final class RefusedJson extends Refusing {

    @Override
    public String getName() {
      return "followup-refused-json";
    }

    @Override
    public ValueType getType() {
      return SpinValueType.JSON;
    }

    @Override
    String refusal(TypedValue value) {
      return value instanceof SerializableValue json && !json.isDeserialized() ? jsonRefusal(json.getValueSerialized()) : null;
    }

    @Override
    public TypedValue convertToTypedValue(UntypedValueImpl untypedValue) {
      throw new UnsupportedOperationException("Only serialized JSON values are refused");
    }

    /** Chosen before Spin's own JSON serializer of the same format, as {@link RefusedObject} is. */
    @Override
    public String getSerializationDataformat() {
      return DataFormats.JSON_DATAFORMAT_NAME;
    }
  }
}
