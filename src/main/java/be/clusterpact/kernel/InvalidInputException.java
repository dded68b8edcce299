package be.clusterpact.kernel;

/** Input that breaks a business rule; names the offending field and says, in Dutch, what is wrong. */
public class InvalidInputException extends RuntimeException {

  private final String field;
  private final String problem;

  public InvalidInputException(String field, String problem) {
    this(field, field, problem);
  }

  private InvalidInputException(String field, String shownAs, String problem) {
    super(shownAs + ": " + problem);
    this.field = field;
    this.problem = problem;
  }

  public String field() {
    return field;
  }

  /** What is wrong, without the field, e.g. {@code is verplicht}. */
  public String problem() {
    return problem;
  }

  /**
   * The same refusal for a person: the message names the field by its label in the form ({@code
   * Motivering van de afkeuring: is verplicht}); {@link #field()} stays the variable name.
   */
  public InvalidInputException labelled(String label) {
    return new InvalidInputException(field, label, problem);
  }
}
