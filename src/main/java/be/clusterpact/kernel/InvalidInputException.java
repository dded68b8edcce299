package be.clusterpact.kernel;

/** Input that breaks a business rule; names the offending field and says, in Dutch, what is wrong. */
public class InvalidInputException extends RuntimeException {

  private final String field;

  public InvalidInputException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
