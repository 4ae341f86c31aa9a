package de.regiograph.system;

/** The few domain errors; {@link ErrorHandling} turns each into a GraphQL error the caller can act on. */
public abstract sealed class RegiographException extends RuntimeException
        permits InvalidArgumentException, NotFoundException, ConflictException, UnavailableException {

    RegiographException(String message) {
        super(message, null, false, false);
    }
}
