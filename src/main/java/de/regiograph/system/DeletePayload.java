package de.regiograph.system;

/** What a delete mutation answers: the key of the node it removed. */
public record DeletePayload(String id) {}
