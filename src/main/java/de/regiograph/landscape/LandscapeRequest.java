package de.regiograph.landscape;

import de.regiograph.system.InvalidArgumentException;
import de.regiograph.system.Keys;
import java.time.LocalDate;
import java.util.List;

/** The checked arguments of {@code networkLandscape}; see the schema for their meaning. */
record LandscapeRequest(
        List<String> ags, String state, LocalDate asOf, double minTieStrength, boolean includeNeighbours, int brokers) {

    static final int MAX_DISTRICTS = 500;
    static final int MAX_BROKERS = 100;
    static final double DEFAULT_MIN_TIE_STRENGTH = 1.0;

    static LandscapeRequest of(
            List<String> ags,
            String state,
            LocalDate asOf,
            Double minTieStrength,
            Boolean includeNeighbours,
            Integer brokers,
            LocalDate today) {
        if (ags == null && state == null) {
            throw new InvalidArgumentException("ags", "give the districts (ags) or a state (state) to describe");
        }
        if (ags != null && ags.isEmpty()) {
            throw new InvalidArgumentException("ags", "must name at least one district");
        }
        if (ags != null && ags.size() > MAX_DISTRICTS) {
            throw new InvalidArgumentException(
                    "ags", "at most " + MAX_DISTRICTS + " districts, got " + ags.size() + "; give a state instead");
        }
        if (ags != null) {
            for (int i = 0; i < ags.size(); i++) {
                Keys.AGS.check(agsArgument(ags, i), ags.get(i));
            }
        }
        if (state != null) {
            Keys.STATE_CODE.check("state", state);
        }
        double strength = minTieStrength == null ? DEFAULT_MIN_TIE_STRENGTH : minTieStrength;
        if (!Double.isFinite(strength) || strength < 0) {
            throw new InvalidArgumentException(
                    "minTieStrength", "must be a number of 0 or more, got " + minTieStrength);
        }
        int brokerCount = brokers == null ? 10 : brokers;
        if (brokerCount < 0 || brokerCount > MAX_BROKERS) {
            throw new InvalidArgumentException("brokers", "must be 0 to " + MAX_BROKERS + ", got " + brokers);
        }
        return new LandscapeRequest(
                ags == null ? null : List.copyOf(ags),
                state,
                asOf == null ? today : asOf,
                strength,
                includeNeighbours != null && includeNeighbours,
                brokerCount);
    }

    /**
     * The districts asked for, sorted, when the landscape covers exactly them (no state, no
     * neighbours); otherwise empty: the database tells which districts it covers.
     */
    List<String> listedDistricts() {
        if (state != null || includeNeighbours) {
            return List.of();
        }
        return ags.stream().distinct().sorted().toList();
    }

    /** How an element of {@code ags} is named in errors: {@code ags} when it is the only one. */
    static String agsArgument(List<String> ags, int i) {
        return ags.size() == 1 ? "ags" : "ags[" + i + "]";
    }
}
