package dev.crosswalk.support.openapi;

import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemType;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem answers each operation can give, as {@code application/problem+json} responses that
 * refer to one shared definition per problem type. Every operation can answer 401 (no valid identity from the
 * gateway), 403 (a scope or the operator credential missing), 500 and 503 (its database unavailable); one that
 * takes parameters or a body also 400; one with a path parameter 404; one with a body 413 and 415; every write
 * 409 (a unique constraint of the data, whichever service method meets it); one that takes {@code If-Match}
 * 412 and 428. What only some operations answer (422) they name themselves with the extension
 * {@value #EXTENSION} ({@code "unprocessable"}), which this filter expands and removes.
 */
public final class ProblemDocumentation {
    public static final String EXTENSION = "x-crosswalk-problems";
    private static final String REF = "#/components/responses/";
    private static final Set<ProblemType> EVERY_OPERATION = EnumSet.of(ProblemType.UNAUTHENTICATED,
            ProblemType.FORBIDDEN, ProblemType.INTERNAL_ERROR, ProblemType.SERVICE_UNAVAILABLE);

    private ProblemDocumentation() {
    }

    /** Documents every operation's problem answers, and the shared definitions they refer to. */
    static void apply(OpenAPI openApi) {
        Set<ProblemType> used = EnumSet.noneOf(ProblemType.class);
        if (openApi.getPaths() != null) {
            openApi.getPaths().getPathItems().forEach((path, item) ->
                    item.getOperations().forEach((method, operation) -> used.addAll(document(path, method, operation))));
        }
        addComponents(openApi, used);
    }

    private static void addComponents(OpenAPI openApi, Set<ProblemType> used) {
        Components components = openApi.getComponents() == null ? OASFactory.createComponents() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One offending field: a path into the request and what is wrong with it")
                .addProperty("field", text()).addProperty("message", text()));
        components.addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details; clients switch on type, which never changes for a kind of problem")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", text().format("uri").examples(List.of(ProblemType.NOT_FOUND.uri().toString())))
                .addProperty("title", text())
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text())
                .addProperty("instance", text())
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
        for (ProblemType type : used) {
            components.addResponse(name(type), OASFactory.createAPIResponse().description(type.title())
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
        }
    }

    /** Documents the problem answers of one operation, from its shape and its own {@value #EXTENSION}. */
    private static Set<ProblemType> document(String path, PathItem.HttpMethod method, Operation operation) {
        Set<ProblemType> answers = EnumSet.copyOf(EVERY_OPERATION);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (!parameters.isEmpty() || operation.getRequestBody() != null) {
            answers.add(ProblemType.VALIDATION_FAILED);
        }
        if (path.contains("{")) {
            answers.add(ProblemType.NOT_FOUND);
        }
        if (method != PathItem.HttpMethod.GET) {
            answers.add(ProblemType.CONFLICT);
        }
        if (operation.getRequestBody() != null) {
            answers.add(ProblemType.PAYLOAD_TOO_LARGE);
            answers.add(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        }
        if (parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            answers.add(ProblemType.PRECONDITION_FAILED);
            answers.add(ProblemType.PRECONDITION_REQUIRED);
        }
        answers.addAll(declared(operation));
        Set<ProblemType> general = EnumSet.noneOf(ProblemType.class);
        answers.forEach(type -> general.add(general(type)));
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        for (ProblemType type : general) {
            String status = String.valueOf(type.status());
            APIResponse declared = responses.getAPIResponse(status);
            // the scanner's own 400 for a validated body says nothing of its content: the problem replaces it
            if (declared == null || declared.getRef() == null && declared.getContent() == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(REF + name(type)));
            }
        }
        return general;
    }

    private static Set<ProblemType> declared(Operation operation) {
        Map<String, Object> extensions = operation.getExtensions();
        Object value = extensions == null ? null : extensions.get(EXTENSION);
        if (value == null) {
            return Set.of();
        }
        operation.removeExtension(EXTENSION);
        Set<ProblemType> types = EnumSet.noneOf(ProblemType.class);
        for (String name : value.toString().split(",")) {
            types.add(ProblemType.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        return types;
    }

    private static ProblemType general(ProblemType type) {
        return switch (type.status()) {
            case 400 -> ProblemType.VALIDATION_FAILED;
            case 422 -> ProblemType.UNPROCESSABLE;
            default -> type;
        };
    }

    /** The component name of a status's response ({@code NotFound}, {@code TooManyRequests}). */
    public static String name(ProblemType type) {
        ProblemType general = general(type);
        if (general == ProblemType.VALIDATION_FAILED) {
            return "BadRequest";
        }
        StringBuilder name = new StringBuilder();
        for (String word : general.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        return name.toString();
    }

    private static Schema text() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }
}
