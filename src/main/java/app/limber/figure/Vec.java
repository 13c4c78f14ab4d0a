package app.limber.figure;

/** A point or direction in figure space: centimetre-like units, y up, the floor at y = 0. */
record Vec(double x, double y) {

    static final Vec ZERO = new Vec(0, 0);

    /** The unit direction at {@code degrees} from straight up, turning towards +x (where a side figure faces). */
    static Vec dir(double degrees) {
        double r = Math.toRadians(degrees);
        return new Vec(Math.sin(r), Math.cos(r));
    }

    Vec plus(Vec o) {
        return new Vec(x + o.x, y + o.y);
    }

    Vec minus(Vec o) {
        return new Vec(x - o.x, y - o.y);
    }

    Vec times(double k) {
        return new Vec(x * k, y * k);
    }

    double length() {
        return Math.hypot(x, y);
    }

    double distance(Vec o) {
        return minus(o).length();
    }

    /** Direction of this vector in the same convention as {@link #dir(double)}. */
    double angle() {
        return Math.toDegrees(Math.atan2(x, y));
    }

    Vec lerp(Vec o, double t) {
        return new Vec(x + (o.x - x) * t, y + (o.y - y) * t);
    }
}
