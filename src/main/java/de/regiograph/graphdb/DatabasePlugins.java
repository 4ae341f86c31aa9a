package de.regiograph.graphdb;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserAggregationFunction;
import org.neo4j.procedure.UserFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * Registers the GDS and APOC procedures with an embedded database. A server loads them from its
 * plugins folder; an embedded database does not look at the classpath, so we hand them over.
 */
final class DatabasePlugins {

    private static final Logger log = LoggerFactory.getLogger(DatabasePlugins.class);
    private static final List<String> PACKAGES = List.of("org.neo4j.gds", "apoc");

    private DatabasePlugins() {}

    /** Returns the number of classes whose procedures or functions were registered. */
    static int register(GraphDatabaseAPI database) {
        var procedures = database.getDependencyResolver().resolveDependency(GlobalProcedures.class);
        int registered = 0;
        for (var type : pluginClasses()) {
            try {
                if (declares(type, Procedure.class)) {
                    procedures.registerProcedure(type);
                }
                if (declares(type, UserFunction.class)) {
                    procedures.registerFunction(type);
                }
                if (declares(type, UserAggregationFunction.class)) {
                    procedures.registerAggregationFunction(type);
                }
                registered++;
            } catch (ProcedureException | RuntimeException | LinkageError e) {
                log.debug("Skipped plugin class {}: {}", type.getName(), e.getMessage());
            }
        }
        return registered;
    }

    private static List<Class<?>> pluginClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter((reader, factory) -> {
            var metadata = reader.getAnnotationMetadata();
            return metadata.hasAnnotatedMethods(Procedure.class.getName())
                    || metadata.hasAnnotatedMethods(UserFunction.class.getName())
                    || metadata.hasAnnotatedMethods(UserAggregationFunction.class.getName());
        });
        var loader = DatabasePlugins.class.getClassLoader();
        return PACKAGES.stream()
                .flatMap(p -> scanner.findCandidateComponents(p).stream())
                .<Class<?>>map(d -> ClassUtils.resolveClassName(d.getBeanClassName(), loader))
                .toList();
    }

    private static boolean declares(Class<?> type, Class<? extends Annotation> annotation) {
        return Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(annotation));
    }
}
