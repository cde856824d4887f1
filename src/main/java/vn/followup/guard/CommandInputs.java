package vn.followup.guard;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What a user's engine command carries (its task, its variables …), read from the fields of
 * Camunda's command classes: Camunda 7.24 CE gives those classes no getters, so this is the one
 * place that reads them, by name, for {@link EngineWriteGuard}. {@code CommandInputsTest} builds
 * each command the guard reads through the engine's public constructors and checks every field
 * read here, so an engine upgrade that renames one fails a fast test rather than a check at run
 * time.
 */
final class CommandInputs {

  private CommandInputs() {
  }

  /** Which command classes name a task ({@code taskId}), found once per class. */
  private static final Map<Class<?>, java.util.Optional<Field>> TASK_ID_FIELDS = new ConcurrentHashMap<>();

  /**
   * The task a command acts on, if it names one: every such command of a user first meets the
   * same check, so a task the user may not see answers like a missing one, whatever the call.
   */
  static String taskId(Command<?> command) {
    if (command instanceof GetTaskFormVariablesCmd formVariables) {
      return formVariables.resourceId;
    }
    java.util.Optional<Field> field = TASK_ID_FIELDS.computeIfAbsent(command.getClass(), type -> {
      for (Class<?> each = type; each != null; each = each.getSuperclass()) {
        try {
          Field declared = each.getDeclaredField("taskId");
          if (declared.getType() == String.class) {
            declared.setAccessible(true);
            return java.util.Optional.of(declared);
          }
        } catch (NoSuchFieldException e) {
          // declared by a superclass, or not at all
        }
      }
      return java.util.Optional.empty();
    });
    try {
      return field.isPresent() ? (String) field.get().get(command) : null;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A field of one of the engine's command classes (Camunda 7.24 CE, which no longer changes). */
  @SuppressWarnings("unchecked")
  static <V> V field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (V) field.get(command);
      } catch (NoSuchFieldException e) {
        // declared by a superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Engine command " + command.getClass().getName() + " has no field " + name);
  }
}
