package be.clusterpact.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Over REST, a task is completed and a process started with the fields of its Camunda Form only: a
 * variable the form does not declare is refused with 400 naming it, so a REST client cannot set what
 * Tasklist users cannot (e.g. overwrite {@code earmarkPlan} or {@code pactRejected}).
 */
@Configuration
class OnlyFormVariables {

  static final Pattern TASK = Pattern.compile("^/engine-rest/task/([^/]+)/(complete|submit-form|resolve)$");
  static final Pattern START = Pattern.compile("^/engine-rest/process-definition/key/([^/]+)/(start|submit-form)$");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> onlyFormVariablesFilter(ProcessEngine engine) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Check(engine));
    registration.setName("clusterpact-only-form-variables");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(2); // after the authentication filter: anonymous callers learn nothing
    return registration;
  }

  static final class Check extends OncePerRequestFilter {
    private final ProcessEngine engine;
    private final ObjectMapper json = new ObjectMapper();

    Check(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      Optional<Set<String>> allowed = "POST".equals(request.getMethod()) ? formFields(path) : Optional.empty();
      if (allowed.isEmpty()) {
        chain.doFilter(request, response);
        return;
      }
      byte[] body = request.getInputStream().readAllBytes();
      String unknown = unknownVariable(body, allowed.get());
      if (unknown != null) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), Map.of("type", "UnknownVariable", "field", unknown,
            "message", unknown + ": dit veld hoort niet bij het formulier van deze stap"));
        return;
      }
      chain.doFilter(new Replayed(request, body), response);
    }

    /** The field keys of the Camunda Form the request submits, when there is one. */
    private Optional<Set<String>> formFields(String path) {
      try {
        Matcher task = TASK.matcher(path);
        if (task.matches()) {
          return keys(engine.getFormService().getDeployedTaskForm(task.group(1)));
        }
        Matcher start = START.matcher(path);
        if (start.matches()) {
          ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
              .processDefinitionKey(start.group(1)).latestVersion().singleResult();
          return definition == null ? Optional.empty() : keys(engine.getFormService().getDeployedStartForm(definition.getId()));
        }
      } catch (RuntimeException noCamundaForm) {
        // no such task, or no deployed Camunda Form: the engine answers the request itself
      }
      return Optional.empty();
    }

    private Optional<Set<String>> keys(InputStream form) {
      try (InputStream content = form) {
        Set<String> keys = new LinkedHashSet<>();
        collectKeys(json.readTree(content), keys);
        return Optional.of(keys);
      } catch (IOException e) {
        return Optional.empty();
      }
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
      if (node.isObject()) {
        if (node.hasNonNull("key") && node.hasNonNull("type")) {
          keys.add(node.get("key").asText());
        }
        node.elements().forEachRemaining(child -> collectKeys(child, keys));
      } else if (node.isArray()) {
        node.elements().forEachRemaining(child -> collectKeys(child, keys));
      }
    }

    private String unknownVariable(byte[] body, Set<String> allowed) {
      try {
        JsonNode variables = json.readTree(body).path("variables");
        for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          if (!allowed.contains(name)) {
            return name;
          }
        }
      } catch (IOException malformed) {
        // malformed JSON: the REST API answers 400 itself
      }
      return null;
    }
  }

  /** The request with its body available again for the REST API. */
  static final class Replayed extends HttpServletRequestWrapper {
    private final byte[] body;

    Replayed(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }
  }
}
