package de.regiograph.transfer;

import de.regiograph.district.District;
import java.time.LocalDate;

/** A district a practice is implemented in, and how it compares with the district asked about (null: not comparable). */
record PracticeOrigin(District district, LocalDate since, ComparableDistrict comparison) {}
