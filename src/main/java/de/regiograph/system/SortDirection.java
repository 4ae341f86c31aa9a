package de.regiograph.system;

public enum SortDirection {
    ASC,
    DESC
}
