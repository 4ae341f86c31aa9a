package de.regiograph.transfer;

/**
 * One part of a score: its value in [0, 1] (null when the data to judge it are missing), its weight,
 * what it added to the score (weight x value / sum of the weights of the known components) and why.
 */
record ScoreComponent(ScoreAspect aspect, Double value, double weight, double contribution, String reason) {}
