package be.clusterpact.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * HTTP basic authentication against the Camunda identity service, for the REST API, the
 * application's own API and the actuator.
 *
 * <p>Camunda's filter lets {@code /engine} (the list of engines) through unauthenticated; this one
 * authenticates every request it is mapped to, except the health probes.
 */
public class EngineBasicAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String path = http.getRequestURI().substring(http.getContextPath().length());
    if (isOpen(path)) {
      chain.doFilter(request, response);
      return;
    }
    super.doFilter(request, response, chain);
  }

  static boolean isOpen(String path) {
    return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
  }

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }
}
