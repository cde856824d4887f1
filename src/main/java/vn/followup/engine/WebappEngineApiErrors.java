package vn.followup.engine;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * {@link EngineRestErrors} on the webapps' own engine API ({@code /camunda/api/engine}), through which
 * Tasklist submits its forms. Camunda registers that JAX-RS application itself, out of reach of
 * Spring's Jersey customizers, so without this a refused form reached Tasklist as a server error
 * (500) whose text wrapped the Vietnamese reason in the engine's English. Jersey finds this class
 * through {@code META-INF/services} in every application it starts and adds the mappers to those
 * that serve the engine's resources. Public only because Jersey instantiates it.
 */
@ConstrainedTo(RuntimeType.SERVER)
public final class WebappEngineApiErrors implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    Configuration configuration = context.getConfiguration();
    if (!configuration.getClasses().contains(NamedProcessEngineRestServiceImpl.class)) {
      return;
    }
    EngineRestErrors.MAPPERS.stream().filter(mapper -> !configuration.isRegistered(mapper)).forEach(context::register);
  }
}
