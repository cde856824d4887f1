package vn.followup.system;

/**
 * A bean the BPMN models name in an expression (besides the delegates and listeners they name in
 * {@code camunda:delegateExpression}). Only such beans are reachable from any expression the
 * engine evaluates; see {@code guard/ModelExpressionBeans}.
 */
public interface ModelBean {
}
