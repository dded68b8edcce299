package be.clusterpact.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a process owner may write between {@code ${…}} or {@code #{…}} in a model, checked without
 * an engine: a tokenizer and a small recursive-descent parser over the JUEL grammar.
 *
 * <p>Allowed: a variable ({@code ${firstYearDeadline}}); a literal; a bean of the allow-list alone
 * ({@code ${recordCompletingUser}}) or one method call on it whose arguments are variables or
 * literals ({@code ${hermesCalendar.startOfYear(trancheYear)}}); {@code execution.processBusinessKey}
 * and {@code execution.processInstanceId} (read-only, for a called process's business key);
 * operators over these ({@code ${deadlineDecision == 'STOP'}}, {@code ${!pactRejected}}, {@code ${a and
 * b}}, {@code a ? b : c}); literal text around expressions ({@code cabinet-${ministerCabinet}}).
 * Everything else is refused: a property or method of a variable ({@code agencyCode.toLowerCase()}),
 * of {@code execution} or {@code task}, functions ({@code T(…)}, {@code fn:x()}), index access
 * ({@code a[…]}), chained calls, {@code getClass}, lambdas and assignments.
 */
final class ModelExpressions {

  /** Read-only properties of {@code execution} that models may use. */
  static final Set<String> EXECUTION_PROPERTIES = Set.of("processBusinessKey", "processInstanceId");
  /** Methods every Java object has; never callable from a model, not even on an allowed bean. */
  static final Set<String> OBJECT_METHODS = Set.of("getClass", "wait", "notify", "notifyAll", "hashCode", "equals",
      "toString", "clone", "finalize");

  private static final Set<String> WORD_OPERATORS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
      "div", "mod", "empty", "instanceof");
  private static final Set<String> LITERAL_WORDS = Set.of("true", "false", "null");
  private static final List<String> SYMBOLS = List.of("==", "!=", "<=", ">=", "&&", "||", "(", ")", ",", ".", "!",
      "<", ">", "+", "-", "*", "/", "%", "?", ":", "[", "]");

  /** Binary operators, loosest first. */
  private static final List<List<String>> LEVELS = List.of(List.of("||", "or"), List.of("&&", "and"),
      List.of("==", "!=", "eq", "ne"), List.of("<", ">", "<=", ">=", "lt", "gt", "le", "ge"), List.of("+", "-"),
      List.of("*", "/", "%", "div", "mod"));

  private final Set<String> beans;

  /** @param beans the names of the beans models may use */
  ModelExpressions(Set<String> beans) {
    this.beans = beans;
  }

  /** Whether the text holds an expression at all ({@code ${} or {@code #{}). */
  static boolean hasExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** What is wrong with a text that may hold expressions; empty when every expression in it is allowed. */
  Optional<String> problem(String text) {
    int at = 0;
    while (true) {
      int dollar = text.indexOf("${", at);
      int hash = text.indexOf("#{", at);
      int start = dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
      if (start < 0) {
        return Optional.empty();
      }
      int end = closingBrace(text, start + 2);
      if (end < 0) {
        return Optional.of("'" + text.substring(start) + "' is niet afgesloten met }");
      }
      String body = text.substring(start + 2, end);
      try {
        new Parser(tokens(body)).expression();
      } catch (Refused refused) {
        return Optional.of(text.substring(start, end + 1) + ": " + refused.getMessage());
      }
      at = end + 1;
    }
  }

  /** The index of the brace that closes an expression opened before {@code from}; strings may hold braces. */
  private static int closingBrace(String text, int from) {
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '}') {
        return i;
      }
    }
    return -1;
  }

  private enum Kind { NAME, NUMBER, STRING, SYMBOL, END }

  private record Token(Kind kind, String text) {
    boolean is(String symbol) {
      return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbol);
    }
  }

  static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  private static List<Token> tokens(String body) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = i;
        while (i < body.length() && Character.isJavaIdentifierPart(body.charAt(i))) {
          i++;
        }
        tokens.add(new Token(Kind.NAME, body.substring(start, i)));
      } else if (Character.isDigit(c)) {
        int start = i;
        while (i < body.length() && (Character.isDigit(body.charAt(i)) || body.charAt(i) == '.')) {
          i++;
        }
        tokens.add(new Token(Kind.NUMBER, body.substring(start, i)));
      } else if (c == '\'' || c == '"') {
        int end = i + 1;
        while (end < body.length() && body.charAt(end) != c) {
          end += body.charAt(end) == '\\' ? 2 : 1;
        }
        if (end >= body.length()) {
          throw new Refused("tekst zonder afsluitend aanhalingsteken");
        }
        tokens.add(new Token(Kind.STRING, body.substring(i + 1, end)));
        i = end + 1;
      } else {
        String symbol = symbolAt(body, i);
        tokens.add(new Token(Kind.SYMBOL, symbol));
        i += symbol.length();
      }
    }
    tokens.add(new Token(Kind.END, ""));
    return tokens;
  }

  private static String symbolAt(String body, int i) {
    for (String symbol : SYMBOLS) {
      if (body.startsWith(symbol, i)) {
        if (symbol.equals("-") && body.startsWith("->", i)) {
          break;
        }
        return symbol;
      }
    }
    throw new Refused("teken '" + body.charAt(i) + "' is niet toegelaten (geen toewijzing, lambda of verzameling)");
  }

  /** JUEL's grammar: ternary, or, and, equality, relational, additive, multiplicative, unary, value. */
  private final class Parser {
    private final List<Token> tokens;
    private int next;

    Parser(List<Token> tokens) {
      this.tokens = tokens;
    }

    void expression() {
      if (peek().kind == Kind.END) {
        throw new Refused("lege expressie");
      }
      ternary();
      if (peek().kind != Kind.END) {
        throw new Refused("onverwacht '" + peek().text + "'");
      }
    }

    private Token peek() {
      return tokens.get(next);
    }

    private Token peek(int ahead) {
      return tokens.get(Math.min(next + ahead, tokens.size() - 1));
    }

    private Token take() {
      return tokens.get(next++);
    }

    private boolean accept(String... symbols) {
      for (String symbol : symbols) {
        if (peek().is(symbol)) {
          next++;
          return true;
        }
      }
      return false;
    }

    private void expect(String symbol) {
      if (!accept(symbol)) {
        throw new Refused("'" + symbol + "' verwacht in plaats van '" + peek().text + "'");
      }
    }

    private void ternary() {
      binary(0);
      if (accept("?")) {
        ternary();
        expect(":");
        ternary();
      }
    }

    private void binary(int level) {
      if (level == LEVELS.size()) {
        unary();
        return;
      }
      binary(level + 1);
      while (accept(LEVELS.get(level).toArray(String[]::new))) {
        binary(level + 1);
      }
    }

    private void unary() {
      if (accept("!", "not", "-", "empty")) {
        unary();
      } else {
        value();
      }
    }

    private void value() {
      Token token = take();
      if (token.is("(")) {
        ternary();
        expect(")");
        return;
      }
      if (token.kind == Kind.NUMBER || token.kind == Kind.STRING
          || token.kind == Kind.NAME && LITERAL_WORDS.contains(token.text)) {
        refuseSuffix(token.text);
        return;
      }
      if (token.kind != Kind.NAME || WORD_OPERATORS.contains(token.text)) {
        throw new Refused("onverwacht '" + token.text + "'");
      }
      reference(token.text);
    }

    /** A variable, a bean, a call on an allowed bean or an allowed property of execution. */
    private void reference(String name) {
      if (peek().is("(") || peek().is(":") && peek(1).kind == Kind.NAME && peek(2).is("(")) {
        throw new Refused("functie-oproep '" + name + "(…)' is niet toegelaten");
      }
      if (peek().is("[")) {
        throw new Refused("'" + name + "[…]' (toegang met haakjes) is niet toegelaten");
      }
      if (!accept(".")) {
        return;
      }
      Token member = take();
      if (member.kind != Kind.NAME) {
        throw new Refused("naam verwacht na '" + name + ".'");
      }
      if (name.equals("execution") && EXECUTION_PROPERTIES.contains(member.text) && !peek().is("(")) {
        refuseSuffix(name + "." + member.text);
        return;
      }
      if (!beans.contains(name)) {
        throw new Refused("'" + name + "." + member.text + "' gebruikt een eigenschap of methode van '" + name
            + "', en '" + name + "' is geen bean van deze toepassing");
      }
      if (OBJECT_METHODS.contains(member.text)) {
        throw new Refused("methode '" + member.text + "' is niet toegelaten");
      }
      if (!accept("(")) {
        throw new Refused("'" + name + "." + member.text + "': roep een methode van de bean op, bv. " + name + "."
            + member.text + "(variabele)");
      }
      if (!accept(")")) {
        do {
          argument(name + "." + member.text);
        } while (accept(","));
        expect(")");
      }
      refuseSuffix(name + "." + member.text + "(…)");
    }

    /** An argument of a bean method: a variable or a literal, nothing that computes or calls. */
    private void argument(String call) {
      Token token = take();
      if (token.is("-") && peek().kind == Kind.NUMBER) {
        token = take();
      }
      boolean plain = token.kind == Kind.NUMBER || token.kind == Kind.STRING
          || token.kind == Kind.NAME && !WORD_OPERATORS.contains(token.text);
      if (!plain || !(peek().is(",") || peek().is(")"))) {
        throw new Refused("argumenten van " + call + " mogen alleen variabelen of vaste waarden zijn");
      }
    }

    private void refuseSuffix(String what) {
      if (peek().is(".") || peek().is("[") || peek().is("(")) {
        throw new Refused("'" + what + peek().text + "…' is niet toegelaten (geen eigenschap, methode of index van een"
            + " resultaat)");
      }
    }
  }
}
