package vn.followup.guard;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.followup.system.EnginePluginOrder;
import vn.followup.system.ModelBean;

/**
 * Limits what any expression the engine evaluates can reach to the beans the models need: the
 * delegates, listeners and variable mappings ({@link JavaDelegate}, {@link TaskListener},
 * {@link ExecutionListener}, {@link DelegateVariableMapping})
 * and the {@link ModelBean}s. Without this, Camunda's Spring integration resolves every bean of
 * the application by name, so an expression could reach {@code dataSource}, {@code environment},
 * {@code identityService} and, through them, the data and the server.
 *
 * <p>The names are looked up when an expression first asks, not at engine start, since the
 * delegates themselves depend on the engine's services.
 */
@Component
@Order(EnginePluginOrder.EXPRESSION_BEANS)
class ModelExpressionBeans extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  ModelExpressionBeans(ApplicationContext context) {
    this.context = context;
  }

  /**
   * Camunda's Spring factory has already made an expression manager over the whole application
   * context when plugins run; it is replaced here, before any other plugin or the engine's own
   * set-up registers functions with it (this plugin runs first).
   */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Reachable reachable = new Reachable(context);
    configuration.setBeans(reachable);
    configuration.setExpressionManager(new SpringExpressionManager(context, reachable));
  }

  /** The beans an expression may name, resolved by name on demand. */
  private static final class Reachable extends AbstractMap<Object, Object> {

    private final ListableBeanFactory beans;
    private volatile Set<String> names;

    Reachable(ListableBeanFactory beans) {
      this.beans = beans;
    }

    private Set<String> names() {
      if (names == null) {
        names = Stream.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class,
            DelegateVariableMapping.class, ModelBean.class)
            .flatMap(type -> Arrays.stream(beans.getBeanNamesForType(type, false, false)))
            .collect(Collectors.toUnmodifiableSet());
      }
      return names;
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String name && names().contains(name);
    }

    @Override
    public Object get(Object key) {
      return containsKey(key) ? beans.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
      return names().stream().map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name,
          beans.getBean(name))).collect(Collectors.toUnmodifiableSet());
    }
  }
}
