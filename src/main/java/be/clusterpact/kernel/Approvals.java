package be.clusterpact.kernel;

/** An approve-or-reject decision from a form: a rejection must say why. */
public final class Approvals {

  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";

  private Approvals() {}

  /** @return whether approved; a rejection without motivation, or any other value, is refused naming the field */
  public static boolean approved(String decisionField, Object decision, String motivationField, Object motivation) {
    String choice = Choices.oneOf(decisionField, decision,
        new Choices.Option(APPROVE, "goedkeuren"), new Choices.Option(REJECT, "afwijzen"));
    if (APPROVE.equals(choice)) {
      Texts.optional(motivationField, motivation, 4000);
      return true;
    }
    Texts.required(motivationField, motivation, 4000);
    return false;
  }
}
