package io.factline.temporal;

/**
 * One temporal expression found in a text, normalised to TIMEX3.
 *
 * @param text  the covered text, equal to {@code input.substring(begin, end)}
 * @param begin offset of the first character (Java string index)
 * @param end   offset after the last character (exclusive)
 * @param type  TIMEX3 type
 * @param value TIMEX3 value, e.g. {@code 2026-01-22}, {@code 2026-01-22TNI}, {@code P4Y}, {@code PRESENT_REF}
 * @param mod   TIMEX3 mod such as {@code APPROX} or {@code START}, or {@code null}
 * @param edtf  the EDTF form of a calendar DATE or TIME ({@code 2025-08}, {@code 2026-01-24/2026-01-25}),
 *              {@code null} for durations, sets and vague references
 */
public record Timex(String text, int begin, int end, TimexType type, String value, String mod, String edtf) {
}
