package be.clusterpact.web;

import jakarta.ws.rs.core.FeatureContext;
import java.util.List;
import java.util.stream.Stream;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link RestErrors}' exception mappers in every Jersey application that serves Camunda's
 * engine REST resources: {@code /engine-rest} and the webapps' own engine API
 * ({@code /camunda/api/engine/…}, what Tasklist calls), which Camunda's webapp initializer creates and
 * this application cannot configure otherwise. Found by Jersey through
 * {@code META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable}; the Cockpit,
 * Admin and Tasklist plugin APIs are left as they are.
 */
public class EngineApiErrors implements ForcedAutoDiscoverable {

  static final List<Class<?>> MAPPERS = List.of(RestErrors.InvalidInputMapper.class,
      RestErrors.RestExceptionMapper.class, RestErrors.EngineExceptionMapper.class, RestErrors.AnyExceptionMapper.class);

  @Override
  public void configure(FeatureContext context) {
    var configuration = context.getConfiguration();
    boolean engineApi = Stream.concat(configuration.getClasses().stream(),
            configuration.getInstances().stream().map(Object::getClass))
        .anyMatch(type -> type.getName().startsWith("org.camunda.bpm.engine.rest."));
    if (!engineApi) {
      return;
    }
    for (Class<?> mapper : MAPPERS) {
      if (!configuration.isRegistered(mapper)) {
        context.register(mapper);
      }
    }
  }
}
