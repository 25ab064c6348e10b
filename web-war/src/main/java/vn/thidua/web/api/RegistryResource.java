package vn.thidua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.thidua.registry.service.NationalExport;
import vn.thidua.registry.service.RegistryService;
import vn.thidua.shared.InvalidInputException;

/**
 * The national export of the award registry (issue 14, item 5; docs/NATIONAL-EXPORT.md):
 * a province's awards of a year with their decisions, as JSON pages, and as .xlsx made in the
 * background. Board staff only (403 for everyone else, checked by the service).
 */
@Path("registry")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistryResource {

    @Inject
    private RegistryService registry;

    /** One page (from 1) of the export: {@code province} (its code) and {@code year} are required. */
    @GET
    @Path("national-export")
    public NationalExport nationalExport(@QueryParam("province") String province, @QueryParam("year") Integer year,
                                         @QueryParam("page") @DefaultValue("1") int page,
                                         @QueryParam("size") @DefaultValue("100") int size) {
        return registry.nationalExport(required(province), requiredYear(year), page, size);
    }

    /** Starts the .xlsx of the export in the background: 202 with the job to follow at /api/jobs?id=…. */
    @POST
    @Path("national-export/jobs")
    public Response startXlsx(@QueryParam("province") String province, @QueryParam("year") Integer year) {
        String job = registry.startNationalExport(required(province), requiredYear(year));
        return JobResource.accepted(job);
    }

    private static String required(String province) {
        if (province == null || province.isBlank()) {
            throw new InvalidInputException("error.nationalExport.province");
        }
        return province;
    }

    private static int requiredYear(Integer year) {
        if (year == null) {
            throw new InvalidInputException("error.bloc.year", RegistryService.FIRST_YEAR, RegistryService.LAST_YEAR);
        }
        return year;
    }
}
