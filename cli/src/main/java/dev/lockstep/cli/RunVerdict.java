package dev.lockstep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.conformance.ConformanceReport;
import dev.lockstep.conformance.ConformanceResult;
import java.io.Serializable;

/**
 * One run's trace check as {@code conform} reports it among several runs (its line, its report, its JSON),
 * wherever it was checked: a cluster member sends it back ({@link DistributedConform}).
 *
 * @param report the text report when the run does not conform, else empty
 */
record RunVerdict(String name, String status, int exit, boolean conforms, long events, int files, String report,
                  ObjectNode json) implements Serializable {

    static RunVerdict of(String name, String specName, String modelName, ConformanceResult r) {
        ObjectNode json = Json.object().put("run", name);
        json.setAll(ConformanceReport.json(specName, modelName, r));
        return new RunVerdict(name, r.status().id(), ExitCodes.of(r.status()), r.conforms(), r.events(),
                r.files().size(), r.conforms() ? "" : ConformanceReport.text(specName, modelName, r), json);
    }
}
