package de.regiograph.system;

/** A key that names nothing in the graph. */
public final class NotFoundException extends RegiographException {

    private final String argument;

    public NotFoundException(String argument, String what, Object key) {
        super(argument + ": no " + what + " with key '" + key + "'");
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
