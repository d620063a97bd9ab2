package dev.crosswalk.support.openapi;

import dev.crosswalk.support.paging.PageRequest;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * Documents limits that hold by the value's form or by the HTTP layer, where no annotation states them: a
 * uuid is 36 characters, a date 10, a timestamp at most 35; a request body is at most the service's
 * {@code quarkus.http.limits.max-body-size} (or the smaller limit an operation declares with the extension
 * {@value #BODY_LIMIT}), beyond which the answer is a 413 problem. The {@code page} and {@code size} query
 * parameters every paged list takes are read as text (so a bad one is our 400 problem) but documented as the
 * whole numbers {@link PageRequest} accepts.
 */
public final class InputLimits {
    public static final String BODY_LIMIT = "x-crosswalk-max-body-bytes";
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35);

    private InputLimits() {
    }

    static void apply(OpenAPI openApi) {
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(InputLimits::limitFormats);
        }
        if (openApi.getPaths() == null) {
            return;
        }
        long bodyLimit = configuredBodyLimit();
        openApi.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> {
                    documentPaging(parameter);
                    limitFormats(parameter.getSchema());
                });
            }
            if (operation.getRequestBody() != null) {
                limitBody(operation, operation.getRequestBody(), bodyLimit);
            }
        }));
    }

    private static void limitBody(Operation operation, RequestBody body, long configured) {
        Object declared = operation.getExtensions() == null ? null : operation.getExtensions().get(BODY_LIMIT);
        long limit = declared == null ? configured : Long.parseLong(declared.toString());
        if (limit <= 0) {
            return;
        }
        operation.addExtension(BODY_LIMIT, limit);
        String sentence = "At most " + limit + " bytes (a 413 problem beyond).";
        body.setDescription(body.getDescription() == null ? sentence : body.getDescription() + " " + sentence);
        if (body.getContent() == null) {
            return;
        }
        for (MediaType media : body.getContent().getMediaTypes().values()) {
            Schema schema = media.getSchema();
            if (schema == null) {
                media.setSchema(schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
            }
            if (isString(schema) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
                schema.setMaxLength((int) Math.min(Integer.MAX_VALUE, limit));
            }
            limitFormats(schema);
        }
    }

    private static void documentPaging(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY || parameter.getSchema() == null || !isString(parameter.getSchema())) {
            return;
        }
        switch (parameter.getName()) {
            case "page" -> parameter.setSchema(whole(0, PageRequest.MAX_PAGE, 0));
            case "size" -> parameter.setSchema(whole(1, PageRequest.MAX_SIZE, PageRequest.DEFAULT_SIZE));
            default -> {
            }
        }
    }

    private static Schema whole(int minimum, int maximum, int defaultValue) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum)).defaultValue(defaultValue);
    }

    /** The schema and every schema inside it. */
    private static void limitFormats(Schema schema) {
        if (schema == null) {
            return;
        }
        Integer length = schema.getFormat() == null ? null : FORMAT_LENGTHS.get(schema.getFormat());
        if (length != null && isString(schema) && schema.getMaxLength() == null) {
            schema.setMaxLength(length);
        }
        List<Schema> inner = new ArrayList<>();
        if (schema.getProperties() != null) {
            inner.addAll(schema.getProperties().values());
        }
        if (schema.getItems() != null) {
            inner.add(schema.getItems());
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull).forEach(inner::addAll);
        inner.forEach(InputLimits::limitFormats);
    }

    private static boolean isString(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    /** {@code quarkus.http.limits.max-body-size} in bytes, read as the HTTP layer reads it; Quarkus' default when unset. */
    static long configuredBodyLimit() {
        String value = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", String.class)
                .orElse("10240K");
        return new MemorySizeConverter().convert(value).asLongValue();
    }
}
