package be.clusterpact.web;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * This application's servlet filters and their order, in one place. Camunda's webapps add their own
 * (authentication, CSRF, security headers) for {@code /camunda/*}; the engine-side rules on what a user
 * may send (engine/OnlyFormInput, engine/LoginLocks) run inside the engine, whatever URL led there.
 *
 * <ol>
 *   <li>{@link RequestSizeLimit}: too large, NUL characters, bad paging and impossible dates are refused
 *       before anything is parsed — for {@code /engine-rest}, {@code /api} and the webapps' {@code /camunda/api};
 *   <li>{@link EngineBasicAuthenticationFilter}: HTTP basic authentication against Camunda's identity for
 *       {@code /engine-rest}, {@code /api} and the actuator (health stays open to anonymous probes); reading
 *       {@code /api} also with the webapps' login session ({@link WebappSessionOrBasicAuthentication}).
 * </ol>
 */
@Configuration
class WebFilters {

  static final int REQUEST_SIZE_LIMIT = 0;
  static final int BASIC_AUTHENTICATION = 1;

  @Bean
  FilterRegistrationBean<RequestSizeLimit.Limit> requestSizeLimitFilter(
      @Value("${clusterpact.api.max-request-bytes:2097152}") long maxBytes) {
    var registration = new FilterRegistrationBean<>(new RequestSizeLimit.Limit(maxBytes));
    registration.setName("clusterpact-request-size-limit");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/*");
    registration.setOrder(REQUEST_SIZE_LIMIT);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineBasicAuthenticationFilter> basicAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new EngineBasicAuthenticationFilter());
    registration.setName("clusterpact-basic-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*");
    registration.setOrder(BASIC_AUTHENTICATION);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        WebappSessionOrBasicAuthentication.class.getName());
    return registration;
  }
}
