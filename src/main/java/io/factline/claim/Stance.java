package io.factline.claim;

/** Whether a source asserts that an event happened (or will happen) or denies it. */
public enum Stance {
    ASSERTS,
    DENIES
}
