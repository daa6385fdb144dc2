package org.amparo.courthouse.ice287g;

/** The file cannot be read as a 287(g) list at all (no recognisable header, not a spreadsheet). Plain message. */
public class Ice287gFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Ice287gFormatException(String message) {
        super(message);
    }

    public Ice287gFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
