package be.clusterpact.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean whose methods models may call in expressions, e.g. {@code
 * ${hermesCalendar.startOfYear(trancheYear)}}. Delegates and listeners (beans implementing {@code
 * JavaDelegate}, {@code TaskListener} or {@code ExecutionListener} in {@code be.clusterpact}) need no
 * marker; every other bean is out of reach of models (see {@link ModelBeans}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelFunctions {}
