package id.bansos.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of every {@code /api} endpoint ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}):
 * every endpoint takes HTTP Basic, people with their console login and roles, machine clients with their own.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI bansosApi() {
        return new OpenAPI()
                .info(new Info().title("bansos-ledger API").version("0.1.0").description("""
                        Batches, approvals, households, flags, cases and complaints for people (the console's \
                        users and permissions); the outbox and inbox for bank and PT Pos clients, each on its own \
                        channel; the status endpoint for other agencies' clients. See docs/api.md."""))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
