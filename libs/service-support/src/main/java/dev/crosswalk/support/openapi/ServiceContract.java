package dev.crosswalk.support.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes a service's OpenAPI document with what the annotations leave out: the problem answers of every
 * operation and the limits the service enforces on its inputs. Registered in each service with
 * {@code mp.openapi.filter}.
 */
public class ServiceContract implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        ProblemDocumentation.apply(openApi);
        InputLimits.apply(openApi);
    }
}
