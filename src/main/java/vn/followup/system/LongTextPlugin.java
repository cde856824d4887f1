package vn.followup.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/**
 * Lets texts longer than 4,000 characters through forms and variables: the long-text serializer
 * goes first among the engine's serializers, and the history level is FULL without form-property
 * events ({@link FollowupHistoryLevel}), chosen by its name "full" as configured.
 */
@Component
class LongTextPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryLevels());
    custom.add(new FollowupHistoryLevel());
    configuration.setCustomHistoryLevels(custom);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getVariableSerializers().addSerializer(new LongTextSerializer(), 0);
  }
}
