package be.clusterpact.web;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The REST API, the application's API and the actuator all require HTTP basic authentication. */
@Configuration
class ApiSecurityConfiguration {

  @Bean
  FilterRegistrationBean<EngineBasicAuthenticationFilter> basicAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new EngineBasicAuthenticationFilter());
    registration.setName("clusterpact-basic-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*");
    registration.setOrder(1); // after the request size limit, before the form-variables check
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
