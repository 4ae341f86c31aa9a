package de.regiograph.system;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import java.util.Locale;

/**
 * A scalar of a library whose refusals of bad input say, in the caller's terms, what is expected:
 * the library's own messages name Java types (e.g. "but was 'LinkedHashMap'"), which a caller
 * cannot act on and which the API does not reveal.
 */
final class ReadableScalar {

    private ReadableScalar() {}

    static GraphQLScalarType of(GraphQLScalarType scalar, String expected) {
        return scalar.transform(
                builder -> builder.coercing(new Readable<>(scalar.getCoercing(), scalar.getName(), expected)));
    }

    private record Readable<I, O>(Coercing<I, O> coercing, String name, String expected) implements Coercing<I, O> {

        @Override
        public O serialize(Object value, GraphQLContext context, Locale locale) {
            return coercing.serialize(value, context, locale);
        }

        @Override
        public I parseValue(Object input, GraphQLContext context, Locale locale) {
            try {
                return coercing.parseValue(input, context, locale);
            } catch (CoercingParseValueException e) {
                throw new CoercingParseValueException(message(input));
            }
        }

        @Override
        public I parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            try {
                return coercing.parseLiteral(input, variables, context, locale);
            } catch (CoercingParseLiteralException e) {
                throw new CoercingParseLiteralException(name + ": expected " + expected);
            }
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return coercing.valueToLiteral(input, context, locale);
        }

        private String message(Object input) {
            return name + ": expected " + expected
                    + (input instanceof String text && text.length() <= 40 ? ", not \"" + text + "\"" : "");
        }
    }
}
