package org.amparo.facts;

/** Strength of the evidence for an element: {@code strong | some | none}. */
public enum Evidence { strong, some, none }
