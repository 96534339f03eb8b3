package io.factline.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class InListTest {

    @Test
    void shouldWriteEachValueAsItsOwnParameter() {
        InList in = InList.of("ids", List.of(7L, 9L));

        assertEquals("(:ids0, :ids1)", in.toString());
        assertEquals(Map.of("ids0", 7L, "ids1", 9L), in.parameters());
    }

    @Test
    void shouldPadToAPowerOfTwoByRepeatingTheLastValue() {
        InList in = InList.of("ids", List.of(3L, 4L, 5L));

        assertEquals("(:ids0, :ids1, :ids2, :ids3)", in.toString());
        assertEquals(Map.of("ids0", 3L, "ids1", 4L, "ids2", 5L, "ids3", 5L), in.parameters());
    }

    @Test
    void shouldWriteOneValueAsTwoParametersSoThatNoneTakesACollection() {
        InList in = InList.of("keys", List.of("kovac"));

        assertEquals("(:keys0, :keys1)", in.toString());
        assertEquals(Map.of("keys0", "kovac", "keys1", "kovac"), in.parameters());
    }

    @Test
    void shouldKeepFewShapesForManyLengths() {
        assertEquals(2, InList.padded(1));
        assertEquals(2, InList.padded(2));
        assertEquals(8, InList.padded(5));
        assertEquals(64, InList.padded(64));
        assertEquals(128, InList.padded(65));
    }

    @Test
    void shouldBindAListLongerThanTheLimitAsOneCollectionParameter() {
        List<Long> many = LongStream.rangeClosed(1, InList.MAX_SIZE + 1).boxed().toList();

        InList in = InList.of("ids", many);

        assertEquals(":ids", in.toString());
        assertEquals(Map.of("ids", many), in.parameters());
    }

    @Test
    void shouldRefuseAnEmptyList() {
        assertThrows(IllegalArgumentException.class, () -> InList.of("ids", List.of()));
    }
}
