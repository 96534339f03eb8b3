package io.factline.access;

/** What a token may do. ADMIN includes everything an EDITOR may do. */
public enum Role {
    EDITOR,
    ADMIN;

    public boolean allows(Role needed) {
        return this == ADMIN || this == needed;
    }
}
