package be.clusterpact.web;

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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests the APIs refuse before anything is parsed or stored, for the REST API, the application's
 * API and the webapps' own API alike: a body larger than {@code clusterpact.api.max-request-bytes}
 * (default 2 MB, far above any form submission or model deployment; also when sent chunked, without
 * a length) is 413; a NUL character anywhere in the body (raw or as the JSON escape {@code \u0000})
 * or the URL is 400 (PostgreSQL cannot store it in text); a paging parameter ({@code firstResult},
 * {@code maxResults}) that is not a whole number of at least 0 is 400 naming it; a date or
 * timestamp that does not exist ({@code 2020-13-45}, {@code 2026-01-01T25:99}) anywhere in the body
 * or the query is 400 (Camunda would read it leniently as another date); a JSON body that is just
 * {@code null} is 400.
 */
final class RequestSizeLimit {

  static final List<String> PAGING = List.of("firstResult", "maxResults");
  /** The key of the JSON value that ends the text: a plain value or a Camunda variable's {@code value}. */
  static final Pattern JSON_KEY = Pattern.compile(
      "\"([A-Za-z0-9_.-]+)\"\\s*:\\s*(?:\\{[^{}]*?\"value\"\\s*:\\s*)?\"[^\"]*$");
  /** A date, optionally with a time, standing on its own (not part of a longer number or ID). */
  static final Pattern DATE = Pattern.compile(
      "(?<![\\w-])(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?)?(?!\\d)");

  static final class Limit extends OncePerRequestFilter {
    private final long maxBytes;

    Limit(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getContentLengthLong() > maxBytes) {
        refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "PayloadTooLarge", null,
            "Het verzoek is groter dan " + maxBytes + " bytes.");
        return;
      }
      String url = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      if (url.toLowerCase(Locale.ROOT).contains("%00")) {
        refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidCharacter", null,
            "Het adres bevat een NUL-teken; dat is niet toegelaten.");
        return;
      }
      String badPaging = badPaging(request.getQueryString());
      if (badPaging != null) {
        refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidPaging", badPaging,
            badPaging + ": moet een geheel getal van 0 of meer zijn");
        return;
      }
      if (isMultipartForSpring(request)) {
        // This application's own upload endpoints (/api/…, e.g. the migration preview) read their parts
        // through the servlet container, which cannot see a replayed body; their size is limited by
        // spring.servlet.multipart (the same 2 MB) and the parts are checked by the endpoint.
        chain.doFilter(request, response);
        return;
      }
      byte[] body = readAtMost(request.getInputStream(), maxBytes);
      if (body == null) {
        refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "PayloadTooLarge", null,
            "Het verzoek is groter dan " + maxBytes + " bytes.");
        return;
      }
      String text = new String(body, StandardCharsets.UTF_8);
      if (text.indexOf('\0') >= 0 || text.contains("\\u0000")) {
        refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidCharacter", null,
            "De tekst bevat een NUL-teken (\\u0000); dat is niet toegelaten.");
        return;
      }
      String badDate = badDate(text);
      if (badDate == null && request.getQueryString() != null) {
        badDate = badDate(decoded(request.getQueryString()));
      }
      if (badDate != null) {
        String field = fieldOf(text, badDate);
        refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidDate", field, (field == null ? "" : field + ": ")
            + badDate + " is geen bestaande datum of tijd (verwacht jjjj-mm-dd, uren 0-23, minuten en seconden 0-59)");
        return;
      }
      if (isJson(request) && text.strip().equals("null")) {
        refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequest", null,
            "De inhoud van het verzoek moet een JSON-object zijn, niet null.");
        return;
      }
      chain.doFilter(new Replayed(request, body), response);
    }

    /** The paging parameter of the query string that is not a whole number ≥ 0 (read without consuming a form body). */
    static String badPaging(String query) {
      if (query == null) {
        return null;
      }
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        try {
          String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
          String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
          if (PAGING.contains(name) && !value.matches("\\d{1,9}")) {
            return name;
          }
        } catch (IllegalArgumentException malformed) {
          // a broken %-escape elsewhere in the query: the container refuses it itself
        }
      }
      return null;
    }

    /** The first date or timestamp in the text that does not exist ({@code 2020-13-45}, {@code 2026-02-30T25:99}). */
    static String badDate(String text) {
      Matcher date = DATE.matcher(text);
      while (date.find()) {
        try {
          LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
          if (date.group(4) != null && (Integer.parseInt(date.group(4)) > 23 || Integer.parseInt(date.group(5)) > 59
              || (date.group(6) != null && Integer.parseInt(date.group(6)) > 59))) {
            return date.group();
          }
        } catch (DateTimeException doesNotExist) {
          return date.group();
        }
      }
      return null;
    }

    /** The JSON key whose value holds the text ({@code "signedOn": "…"} or {@code "signedOn": {"value": "…"}}). */
    static String fieldOf(String body, String found) {
      int at = body.indexOf(found);
      if (at < 0) {
        return null;
      }
      Matcher key = JSON_KEY.matcher(body.substring(Math.max(0, at - 300), at));
      return key.find() ? key.group(1) : null;
    }

    private static String decoded(String query) {
      try {
        return URLDecoder.decode(query.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return query;
      }
    }

    private static boolean isJson(HttpServletRequest request) {
      return request.getContentType() != null && request.getContentType().toLowerCase(Locale.ROOT).contains("json");
    }

    /** The whole body, or {@code null} when it is longer than the limit. */
    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      return body.length > maxBytes ? null : body;
    }

    private static void refuse(HttpServletResponse response, int status, String type, String field, String message)
        throws IOException {
      new ErrorBody(type, message, field).writeTo(response, status);
    }
  }

  static boolean isMultipartForSpring(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") && request.getContentType() != null
        && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  /** The request with its body available again for the API. */
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
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
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

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
