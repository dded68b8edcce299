package be.clusterpact.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one shape of every error this application answers, on {@code /api}, {@code /engine-rest}, the
 * webapps' engine API and from its own filters: {@code {"type": ..., "message": ..., "field": ...}} —
 * Camunda's own REST error shape ({@code type}, {@code message}, which Tasklist shows), plus the form
 * field a refusal is about when there is one.
 *
 * @param type what kind of error, e.g. {@code InvalidInputException}, {@code NotFound}, {@code PayloadTooLarge}
 * @param message the Dutch message, naming the field first when there is one
 * @param field the form field or parameter at fault, absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(String type, String message, String field) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static ErrorBody of(String type, String message) {
    return new ErrorBody(type, message, null);
  }

  /** Writes this error as the whole response, from a servlet filter (before any controller runs). */
  public void writeTo(HttpServletResponse response, int status) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json());
  }

  String json() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An error body cannot be written as JSON", e);
    }
  }
}
