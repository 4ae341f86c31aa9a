package de.regiograph.system;

/** A change that would leave the graph inconsistent, e.g. deleting a district that still has actors. */
public final class ConflictException extends RegiographException {

    public ConflictException(String message) {
        super(message);
    }
}
