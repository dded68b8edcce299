package be.clusterpact.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A {@link PostgresDemoApplicationTest} that drives Camunda's webapps (Tasklist, Cockpit, their engine
 * API) or multipart uploads. The webapps' lazily initialised filters keep static state (Camunda's
 * LazyInitRegistration), so these tests (tag {@code webapps}) run in a JVM of their own (pom.xml,
 * failsafe execution {@code webapp-integration-tests}), where they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PostgresDemoApplicationTest
@Tag("webapps")
public @interface WebappsOnPostgresTest {}
