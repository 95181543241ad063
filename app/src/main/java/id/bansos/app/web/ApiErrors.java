package id.bansos.app.web;

import id.bansos.disbursement.batch.BatchRefused;
import id.bansos.reconciliation.cases.CaseRefused;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the API answers a refusal: the domain's rules refusing an action (a batch's maker-checker, a resolved case) is
 * 409 with the rules' reason; a request that makes no sense is 400 with what is wrong.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    @ExceptionHandler({BatchRefused.class, CaseRefused.class})
    ProblemDetail refused(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler({IllegalArgumentException.class, DateTimeParseException.class})
    ProblemDetail badRequest(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
