package org.cocreate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a persistence or concurrency test: its proof lives in PostgreSQL (row locks, unique keys,
 * advisory locks, the event publication registry, rules the database enforces for the
 * application's own user), so {@code .ci/run} runs it a second time against a standalone
 * PostgreSQL server ({@code -Dgroups=postgres}); every other test runs once, on the embedded one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(PostgresTest.TAG)
public @interface PostgresTest {

	String TAG = "postgres";
}
