package app.limber.system;

/**
 * User input quoted back in an error message is cut short: a message should name the wrong value, not repeat
 * ten thousand characters of it.
 */
public final class Echo {

    public static final int MAX_CHARS = 40;

    private Echo() {
    }

    public static String shorten(String value) {
        return shorten(value, MAX_CHARS);
    }

    /** On one line and at most {@code max} characters (log lines quote a little more than messages). */
    public static String shorten(String value, int max) {
        if (value == null) {
            return "";
        }
        String oneLine = value.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
    }

    /** Only the arguments that are the rejected value itself shortened (a list of valid values stays whole). */
    public static Object[] shorten(Object[] args, String rejected) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && s.equals(rejected)) {
                out[i] = shorten(s);
            }
        }
        return out;
    }

    /** Every long string argument shortened; other arguments (numbers) as they are. */
    public static Object[] shorten(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof String s && s.length() > MAX_CHARS ? shorten(s) : args[i];
        }
        return out;
    }
}
