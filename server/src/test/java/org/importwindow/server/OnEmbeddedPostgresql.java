package org.importwindow.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs the annotated Spring Boot test class on a real PostgreSQL of its own (embedded, see
 * {@link EmbeddedPostgresForTests}) instead of H2: the database starts with the class's application context, the
 * datasource points at it, and both are closed after the class's tests. This is what each *OnPostgresqlTest used to
 * spell out with a static field, a {@code @DynamicPropertySource} and an {@code @AfterAll}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(OnEmbeddedPostgresql.Factory.class)
@DirtiesContext // the context (and with it the database) closes after the class, not at the end of the run
public @interface OnEmbeddedPostgresql {

    /** Gives each annotated test class a context of its own on a database of its own. */
    final class Factory implements ContextCustomizerFactory {
        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer(testClass);
        }
    }

    /** Starts the database and puts its datasource properties first; the database closes with the context. */
    record Customizer(Class<?> testClass) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            EmbeddedPostgres postgres = EmbeddedPostgresForTests.start();
            context.getEnvironment().getPropertySources().addFirst(
                    new MapPropertySource("embedded-postgresql", EmbeddedPostgresForTests.datasource(postgres)));
            // registered before any bean, so destroyed after them all (the connection pool closes first)
            ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean("embeddedPostgresql", postgres::close);
        }
    }
}
