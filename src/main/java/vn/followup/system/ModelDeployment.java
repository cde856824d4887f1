package vn.followup.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code bpmn/} and the forms of {@code forms/} as one deployment when the
 * engine starts, named by their folder and file name (not by where the build put them), so that a
 * restart, a jar and every node of a cluster see the same resources and only a real change makes
 * a new version. Forms are in the same deployment as the models so that
 * {@code camunda:formRefBinding="deployment"} finds them.
 */
@Component
@Order(EnginePluginOrder.MODEL_DEPLOYMENT)
class ModelDeployment extends AbstractProcessEnginePlugin {

  static final String DEPLOYMENT_NAME = "followup";
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);
  private static final Map<String, String> FOLDERS = Map.of("bpmn", "*.bpmn", "forms", "*.form");

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    DeploymentBuilder builder = processEngine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(false);
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(getClass().getClassLoader());
    try {
      for (Map.Entry<String, String> folder : FOLDERS.entrySet()) {
        for (Resource resource : resolver.getResources("classpath*:" + folder.getKey() + "/" + folder.getValue())) {
          try (InputStream in = resource.getInputStream()) {
            builder.addInputStream(folder.getKey() + "/" + resource.getFilename(), in);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the models and forms failed", e);
    }
    Deployment deployment = builder.deployWithResult();
    LOG.info("Deployment '{}' of {}: {}", DEPLOYMENT_NAME, builder.getResourceNames(), deployment.getId());
  }
}
