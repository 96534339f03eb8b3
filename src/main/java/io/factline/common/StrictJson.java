package io.factline.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads request JSON without guessing: a number where text is expected, or text where a number is
 * expected, is a 400 rather than a silent conversion, and so is anything after the body's one JSON
 * value ({@code {...} {...}}: which of the two did the client mean?), and a field given twice
 * ({@code {"title": "a", "title": "b"}}: the same question; Jackson would also fail on it with an
 * error of its own definitions when the target is a record).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("strict-strings").addDeserializer(String.class, new NoNul()));
        for (CoercionInputShape shape : new CoercionInputShape[] {
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /**
     * Jackson's string reading, refusing a string that holds U+0000 or a lone surrogate (a "\\uD800"
     * escape with no pair: no Unicode character, so UTF-8 cannot hold it and PostgreSQL would store
     * another text than the one sent); {@link ProblemMapper} names the field.
     */
    static final class NoNul extends StringDeserializer {

        static final String MESSAGE = "A string holds a NUL character (U+0000)";
        static final String SURROGATE = "A string holds a lone surrogate";

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(p, MESSAGE, value, String.class);
            }
            if (value != null && loneSurrogate(value)) {
                throw InvalidFormatException.from(p, SURROGATE, value, String.class);
            }
            return value;
        }

        private static boolean loneSurrogate(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
    }
}
