package dev.crosswalk.testsupport;

import gov.nist.secauto.metaschema.binding.IBindingContext;
import gov.nist.secauto.metaschema.binding.io.Format;
import gov.nist.secauto.metaschema.model.common.validation.IValidationFinding;
import gov.nist.secauto.metaschema.model.common.validation.IValidationResult;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.xml.sax.SAXException;

/**
 * Validates an OSCAL 1.1.2 JSON document as NIST's oscal-cli does, with liboscal-java: first against the model's
 * JSON schema (shipped in the library), then against the model's Metaschema constraints (allowed values,
 * uniqueness, references). Answers every finding; none means valid.
 */
public final class OscalValidator {
    /** The models the services export, with the schema liboscal-java ships for each. */
    public enum Model {
        CATALOG("/schema/json/oscal-catalog_schema.json"),
        ASSESSMENT_RESULTS("/schema/json/oscal-ar_schema.json");

        private final String schema;

        Model(String schema) {
            this.schema = schema;
        }
    }

    private OscalValidator() {
    }

    public static List<String> findings(Model model, String json) {
        try {
            Path file = Files.createTempFile("oscal-", ".json");
            try {
                Files.writeString(file, json, StandardCharsets.UTF_8);
                IBindingContext context = OscalBindingContext.instance();
                List<String> findings = new ArrayList<>();
                findings.addAll(describe("schema", context.validate(file, Format.JSON, schemaOf(model))));
                if (findings.isEmpty()) {
                    findings.addAll(describe("constraint", context.validateWithConstraints(file)));
                }
                return findings;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IBindingContext.IValidationSchemaProvider schemaOf(Model model) {
        return new IBindingContext.IValidationSchemaProvider() {
            @Override
            public JSONObject getJsonSchema() throws IOException {
                try (InputStream in = OscalBindingContext.class.getResourceAsStream(model.schema)) {
                    if (in == null) {
                        throw new IOException("liboscal-java has no " + model.schema);
                    }
                    return new JSONObject(new JSONTokener(in));
                }
            }

            @Override
            public List<javax.xml.transform.Source> getXmlSchemas() {
                return List.of();
            }
        };
    }

    private static List<String> describe(String kind, IValidationResult result) {
        List<String> out = new ArrayList<>();
        for (IValidationFinding finding : result.getFindings()) {
            out.add(kind + " " + finding.getSeverity() + ": " + finding.getMessage());
        }
        return out;
    }
}
