package be.clusterpact.web;

import org.springframework.http.HttpStatus;

/** An answer of the application's API other than 200, with a Dutch message: not found, forbidden. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;

  public ApiException(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }
}
