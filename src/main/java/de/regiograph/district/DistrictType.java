package de.regiograph.district;

/** Kreisfreie Stadt (incl. Stadtkreis) or Landkreis (incl. Kreis, Regionalverband). */
public enum DistrictType {
    KREISFREIE_STADT,
    LANDKREIS
}
