package vn.followup.system.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.followup.system.EnginePluginOrder;

/**
 * Lets texts longer than 4,000 characters through forms and variables: the long-text serializer
 * comes before the engine's own (after the variable guards, which prepend theirs), and the history
 * level is FULL without form-property events and without the history of what features declare
 * {@link RecordedElsewhere} ({@link FollowupHistoryLevel}), chosen by its name "full" as configured.
 */
@Component
@Order(EnginePluginOrder.LONG_TEXT)
class LongTextPlugin extends AbstractProcessEnginePlugin {

  private final Set<String> taskLocal = new HashSet<>();
  private final Map<String, Set<String>> byProcess = new HashMap<>();

  LongTextPlugin(List<RecordedElsewhere> recordedElsewhere) {
    for (RecordedElsewhere declared : recordedElsewhere) {
      taskLocal.addAll(declared.taskLocalNames());
      declared.processVariables().forEach((key, names) -> byProcess.computeIfAbsent(key, k -> new HashSet<>())
          .addAll(names));
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryLevels());
    custom.add(new FollowupHistoryLevel(taskLocal, byProcess));
    configuration.setCustomHistoryLevels(custom);
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    serializers.add(new LongTextSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
  }
}
