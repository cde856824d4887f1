package vn.followup.system.history;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Stores a String variable longer than the engine's text column (4,000 characters) as bytes, so
 * that the whole text of a notice pasted into Tasklist, or a long answer, is kept in the runtime
 * and in the history instead of failing the transaction. It stays a String to every reader (REST,
 * Tasklist, Cockpit); only queries on its value do not see it.
 */
class LongTextSerializer extends PrimitiveValueSerializer<StringValue> {

  static final String NAME = "followupLongText";
  /** The length of the engine's TEXT_ columns. */
  static final int TEXT_COLUMN = 4000;

  LongTextSerializer() {
    super(ValueType.STRING);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  protected boolean canWriteValue(TypedValue value) {
    return value.getValue() instanceof String text && text.length() > TEXT_COLUMN;
  }

  @Override
  public StringValue convertToTypedValue(UntypedValueImpl untyped) {
    return Variables.stringValue((String) untyped.getValue(), untyped.isTransient());
  }

  @Override
  public void writeValue(StringValue value, ValueFields fields) {
    fields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public StringValue readValue(ValueFields fields, boolean asTransientValue) {
    byte[] bytes = fields.getByteArrayValue();
    return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
  }
}
