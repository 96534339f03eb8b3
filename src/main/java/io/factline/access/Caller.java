package io.factline.access;

import jakarta.enterprise.context.RequestScoped;

/** Who is making the current request: a token's name, "local" for loopback writes, or anonymous. */
@RequestScoped
public class Caller {

    public static final String ANONYMOUS = "anonymous";
    public static final String LOCAL = "local";

    private String name = ANONYMOUS;

    public String name() {
        return name;
    }

    void identify(String name) {
        this.name = name;
    }
}
