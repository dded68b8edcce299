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

  /** The error's type in the one error shape: the status's name, e.g. {@code NotFound}, {@code Forbidden}. */
  String type() {
    StringBuilder type = new StringBuilder();
    for (String word : status.name().split("_")) {
      type.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return type.toString();
  }
}
