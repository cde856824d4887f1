package vn.followup.system.passwords;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.followup.system.EnginePluginOrder;

/** Switches Camunda's password policy on with {@link FollowupPasswordPolicy} for every user. */
@Component
@Order(EnginePluginOrder.PASSWORD_POLICY)
class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(new FollowupPasswordPolicy());
  }
}
