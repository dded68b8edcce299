package be.clusterpact.web;

import be.clusterpact.kernel.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the application's own API ({@code /api}), in the one error shape ({@link ErrorBody}). */
@RestControllerAdvice
class ApiErrors {

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ErrorBody> invalidInput(InvalidInputException e) {
    return ResponseEntity.badRequest().body(new ErrorBody("InvalidInputException", e.getMessage(), e.field()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ErrorBody> typeMismatch(MethodArgumentTypeMismatchException e) {
    return ResponseEntity.badRequest().body(new ErrorBody("InvalidValue", e.getName() + ": ongeldige waarde", e.getName()));
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ErrorBody> api(ApiException e) {
    return ResponseEntity.status(e.status()).body(ErrorBody.of(e.type(), e.getMessage()));
  }
}
