package io.factline.entity;

/** What a named entity is; OTHER until someone (an editor or the extractor) knows better. */
public enum EntityKind {
    PERSON,
    ORGANIZATION,
    PLACE,
    OTHER
}
