package io.factline.entity;

import java.util.List;

/** An entity with every name it goes by and how many events it takes part in. */
public record EntityView(Long id, String name, EntityKind kind, List<String> aliases, long eventCount) {
}
