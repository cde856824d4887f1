package vn.followup.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.followup.system.EnginePluginOrder;

/**
 * Registers {@link NotificationSession} with the engine, so each command has its own, flushed with
 * the command's other sessions when it succeeds and discarded when it fails.
 */
@Component
@Order(EnginePluginOrder.NOTIFICATION_SESSION)
class NotificationSessionFactory extends AbstractProcessEnginePlugin implements SessionFactory {

  private final ObjectProvider<Notifications> notifications;

  NotificationSessionFactory(ObjectProvider<Notifications> notifications) {
    this.notifications = notifications;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(this);
    configuration.setCustomSessionFactories(factories);
  }

  @Override
  public Class<?> getSessionType() {
    return NotificationSession.class;
  }

  @Override
  public Session openSession() {
    return new NotificationSession(session -> notifications.getObject().write(session));
  }
}
