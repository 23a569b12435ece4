package dev.jrace.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a race intended: jrace does not watch the annotated field (on a class: any of its
 * fields), nor the array or non-thread-safe JDK object read from it. For benign races such as
 * statistics counters or racy caches of immutable values. Kept in class files only; a program
 * that uses it runs the same without jrace.
 *
 * <pre>{@code
 * @RaceIgnore("a hit counter: a lost update is fine")
 * private long hits;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface RaceIgnore {
  /** Why the race is intended, for the next reader. */
  String value() default "";
}
