package be.clusterpact.web;

import be.clusterpact.kernel.InvalidInputException;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the application's own API ({@code /api}) as JSON naming the field: {@code {"field": ..., "message": ...}}. */
@RestControllerAdvice
class ApiErrors {

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, String>> invalidInput(InvalidInputException e) {
    return ResponseEntity.badRequest().body(Map.of("field", e.field(), "message", e.getMessage()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, String>> typeMismatch(MethodArgumentTypeMismatchException e) {
    return ResponseEntity.badRequest().body(Map.of("field", e.getName(),
        "message", e.getName() + ": ongeldige waarde"));
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Map<String, String>> api(ApiException e) {
    return ResponseEntity.status(e.status()).body(Map.of("message", e.getMessage()));
  }
}
