package dev.jrace.benchmarks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The lowest JDK feature release a benchmark runs on. {@link Compare} does not start it on an
 * older JDK and shows it as n/a instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MinJdk {
  int value();
}
