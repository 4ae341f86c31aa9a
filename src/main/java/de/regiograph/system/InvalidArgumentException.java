package de.regiograph.system;

/** An argument the caller can correct: names the argument (path within the input) and why. */
public final class InvalidArgumentException extends RegiographException {

    private final String argument;

    public InvalidArgumentException(String argument, String reason) {
        super(argument + ": " + reason);
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
