package de.regiograph.system;

/** A capability the connected database lacks, e.g. the Graph Data Science plugin on an external server. */
public final class UnavailableException extends RegiographException {

    public UnavailableException(String message) {
        super(message);
    }
}
