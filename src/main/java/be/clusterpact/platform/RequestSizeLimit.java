package be.clusterpact.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ReadListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests to the REST API and the application's API larger than {@code clusterpact.api.max-request-bytes}
 * (default 2 MB, far above any form submission or model deployment) are refused with 413 before
 * anything is parsed or stored; a body without declared length is cut off at the same size.
 */
@Configuration
class RequestSizeLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
      @Value("${clusterpact.api.max-request-bytes:2097152}") long maxBytes) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Limit(maxBytes));
    registration.setName("clusterpact-request-size-limit");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setOrder(0);
    return registration;
  }

  static final class Limit extends OncePerRequestFilter {
    private final long maxBytes;

    Limit(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getContentLengthLong() > maxBytes) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"PayloadTooLarge\",\"message\":\"Het verzoek is groter dan "
            + maxBytes + " bytes.\"}");
        return;
      }
      chain.doFilter(new HttpServletRequestWrapper(request) {
        @Override
        public ServletInputStream getInputStream() throws IOException {
          return new Bounded(request.getInputStream(), maxBytes);
        }
      }, response);
    }
  }

  /** Stops reading after the limit, for bodies sent without a length. */
  static final class Bounded extends ServletInputStream {
    private final ServletInputStream in;
    private long remaining;

    Bounded(ServletInputStream in, long maxBytes) {
      this.in = in;
      this.remaining = maxBytes;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        throw new IOException("Request body larger than the limit");
      }
      int b = in.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (remaining <= 0) {
        throw new IOException("Request body larger than the limit");
      }
      int n = in.read(buffer, offset, (int) Math.min(length, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
