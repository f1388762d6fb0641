package kz.qogam.server.cli;

import java.util.concurrent.Callable;
import kz.qogam.ontology.Ontology;
import kz.qogam.store.TdbStore;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code qogam validate}: the SHACL report of the whole store. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the whole store (all graphs together) against the SHACL shapes. Exit code 1 when it does not conform.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (TdbStore store = storeOptions.open()) {
            var dsg = store.embedded().orElseThrow();
            ValidationReport report = Txn.calculateRead(dsg, () -> ShaclValidator.get().validate(Ontology.shapes(), dsg.getUnionGraph()));
            if (report.conforms()) {
                out.println("Conforms: " + store.describe() + " satisfies every shape.");
                return 0;
            }
            report.getEntries().forEach(e -> out.println(e.severity().level().getLocalName() + ": " + e.message()
                    + "\n    focus: " + e.focusNode() + (e.resultPath() == null ? "" : "\n    path: " + e.resultPath())
                    + (e.value() == null ? "" : "\n    value: " + e.value())));
            out.println(report.getEntries().size() + " violation(s): the store does not conform.");
            return 1;
        }
    }
}
