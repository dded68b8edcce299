package be.clusterpact.web;

import be.clusterpact.process.GroupIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * HTTP basic authentication against the Camunda identity service, for the REST API, the
 * application's own API and the actuator.
 *
 * <p>Camunda's filter lets {@code /engine} (the list of engines) through unauthenticated; this one
 * authenticates every request it is mapped to, except anonymous health probes, which get the status
 * only: a caller who sends credentials is authenticated there too, and administrators
 * ({@code camunda-admin}) see the details. The other actuator endpoints (metrics, Prometheus) are for
 * administrators and the group {@value #METRICS_READERS} only (403 for everyone else).
 */
public class EngineBasicAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  /** Besides administrators, members of this group read the metrics ({@code /actuator/metrics}, {@code /prometheus}). */
  public static final String METRICS_READERS = GroupIds.METRICS_READERS;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String path = http.getRequestURI().substring(http.getContextPath().length());
    if (isOpen(path) && http.getHeader("Authorization") == null) {
      chain.doFilter(request, response); // anonymous: the status only (show-details: when-authorized)
      return;
    }
    super.doFilter(request, response, (authenticated, answer) -> {
      Authentication user = EngineUtil.lookupProcessEngine(null).getIdentityService().getCurrentAuthentication();
      List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
      if (isMetrics(path) && !groups.contains(GroupIds.ADMINISTRATORS) && !groups.contains(METRICS_READERS)) {
        ErrorBody.of("Forbidden", "Metrieken: alleen voor beheerders en de groep " + METRICS_READERS)
            .writeTo((HttpServletResponse) answer, HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      chain.doFilter(new AsUser((HttpServletRequest) authenticated, user, groups), answer);
    });
  }

  static boolean isOpen(String path) {
    return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
  }

  static boolean isMetrics(String path) {
    return path.startsWith("/actuator/") && !isOpen(path) && !path.equals("/actuator/info");
  }

  /** The authenticated Camunda user as the servlet principal, their groups as roles (the actuator asks these). */
  static final class AsUser extends HttpServletRequestWrapper {
    private final Authentication user;
    private final List<String> groups;

    AsUser(HttpServletRequest request, Authentication user, List<String> groups) {
      super(request);
      this.user = user;
      this.groups = groups;
    }

    @Override
    public Principal getUserPrincipal() {
      return user == null ? super.getUserPrincipal() : user::getUserId;
    }

    @Override
    public boolean isUserInRole(String role) {
      return groups.contains(role) || super.isUserInRole(role);
    }
  }

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }
}
