package be.clusterpact.web;

import be.clusterpact.kernel.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API answers an exception thrown by a listener with HTTP 500, even when it is bad
 * input. These mappers take precedence over Camunda's: a rule broken by the input
 * ({@link InvalidInputException}, anywhere in the cause chain) is 400 naming the field; a task
 * claimed or completed by someone else at the same moment (optimistic lock, or the database refusing
 * the second of two simultaneous writes) is 409; a Java-serialized variable, a model
 * that cannot be parsed (e.g. with a DOCTYPE: no external entities) and a weak password are 400;
 * everything else answers as before.
 */
@Configuration
class RestErrors {

  /** The engine's refusal of a Java-serialized variable (javaSerializationFormatEnabled=false). */
  /** How the engine says that an ID does not exist. */
  private static final Pattern NOT_FOUND = Pattern.compile(
      "Cannot find |doesn't exist|does not exist|[Nn]o \\w+( \\w+)? found|no deployed process definition found");

  private static final Pattern JAVA_SERIALIZED =
      Pattern.compile("ENGINE-17007 Cannot set variable with name (\\S+)\\. Java serialization format is prohibited");

  @Bean
  ResourceConfigCustomizer clearRestErrors() {
    return config -> config.register(InvalidInputMapper.class).register(RestExceptionMapper.class)
        .register(EngineExceptionMapper.class).register(AnyExceptionMapper.class);
  }

  static Response toResponse(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return json(Response.Status.BAD_REQUEST, "InvalidInputException", invalid.getMessage(), invalid.field());
      }
      if (cause instanceof TaskAlreadyClaimedException claimed) {
        return json(Response.Status.CONFLICT, "TaskAlreadyClaimedException", claimed.getMessage(), null);
      }
      Matcher javaSerialized = JAVA_SERIALIZED.matcher(String.valueOf(cause.getMessage()));
      if (javaSerialized.find()) {
        String field = javaSerialized.group(1);
        return json(Response.Status.BAD_REQUEST, "JavaSerializationProhibited",
            field + ": Java-geserialiseerde objecten zijn niet toegelaten; stuur JSON", field);
      }
      String message = String.valueOf(cause.getMessage());
      if (message.contains("ENGINE-09003 Could not parse")) {
        return json(Response.Status.BAD_REQUEST, "ModelNotParsable",
            "model: het model kan niet gelezen worden (" + message.substring(message.indexOf("ENGINE-09003")) + ")", "model");
      }
      if (message.startsWith("Password does not match policy")) {
        return json(Response.Status.BAD_REQUEST, "PasswordPolicy", "password: minstens 10 tekens met hoofdletter,"
            + " kleine letter, cijfer en leesteken, en zonder gebruikersnaam of naam", "password");
      }
      boolean concurrentWrite = cause instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"));
      if (cause instanceof OptimisticLockingException || concurrentWrite) {
        return json(Response.Status.CONFLICT, "OptimisticLockingException",
            "Iemand anders heeft deze gegevens net gewijzigd (bv. dezelfde taak afgewerkt); laad opnieuw.", null);
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    Response answer = ExceptionHandlerHelper.getInstance().getResponse(exception);
    return answer.getStatus() >= 500 ? clientError(exception).orElse(answer) : answer;
  }

  /**
   * What Camunda answers with 500 although the request is at fault: an unknown ID is 404; a missing
   * parameter or body, JSON nested too deep and a value the database cannot store are 400.
   */
  static Optional<Response> clientError(Throwable exception) {
    for (Throwable cause = exception; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (NOT_FOUND.matcher(message).find()) {
        return Optional.of(json(Response.Status.NOT_FOUND, "NotFound", "Niet gevonden: " + message, null));
      }
      if (cause instanceof BadUserRequestException || cause instanceof InvalidRequestException) {
        return Optional.of(json(Response.Status.BAD_REQUEST, "BadUserRequest", message, null));
      }
      if (cause instanceof NullValueException) {
        return Optional.of(json(Response.Status.BAD_REQUEST, "MissingValue", "Ontbrekende waarde: " + message, null));
      }
      if (cause instanceof JsonProcessingException) {
        return Optional.of(json(Response.Status.BAD_REQUEST, "InvalidJson", "Ongeldige JSON: " + message, null));
      }
      boolean restNpe = cause instanceof NullPointerException && Arrays.stream(cause.getStackTrace())
          .anyMatch(frame -> frame.getClassName().startsWith("org.camunda.bpm.engine.rest."));
      if (restNpe) {
        return Optional.of(json(Response.Status.BAD_REQUEST, "MissingValue",
            "De inhoud van het verzoek ontbreekt, mist een verplicht veld of noemt een onbekend ID.", null));
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
        return Optional.of(json(Response.Status.BAD_REQUEST, "InvalidValue",
            "Een waarde kan niet opgeslagen worden (ongeldig teken of te lang).", null));
      }
    }
    return Optional.empty();
  }

  private static Response json(Response.Status status, String type, String message, String field) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody(type, message, field)).build();
  }

  /** Thrown directly (not wrapped), e.g. by a start event's listener. */
  public static class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException exception) {
      return RestErrors.toResponse(exception);
    }
  }

  @Priority(Priorities.USER - 100)
  public static class RestExceptionMapper implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return RestErrors.toResponse(exception);
    }
  }

  /** Everything else (e.g. a body that is missing where the REST API expects one): never a 500 for bad input. */
  @Priority(Priorities.USER - 100)
  public static class AnyExceptionMapper implements ExceptionMapper<Exception> {
    @Override
    public Response toResponse(Exception exception) {
      return RestErrors.toResponse(exception);
    }
  }

  @Priority(Priorities.USER - 100)
  public static class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return RestErrors.toResponse(exception);
    }
  }
}
